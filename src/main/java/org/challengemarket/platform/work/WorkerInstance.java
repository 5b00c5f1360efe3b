package org.challengemarket.platform.work;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * This process among the instances that share the database: the id it marks its claims with, and
 * whether it still takes work. Scheduled work runs as passes through {@link #pass(Runnable)}, so
 * that a stopping instance starts none and can wait for the ones in flight before it gives back
 * what it claimed.
 */
@ApplicationScoped
public class WorkerInstance {

    private static final Logger LOG = Logger.getLogger(WorkerInstance.class);

    private final UUID id = UUID.randomUUID();
    private final Object lock = new Object();
    private boolean stopping;
    private int running;

    /** Says the id in the log, so an operator can tell whose claims a row holds. */
    void announce(@Observes StartupEvent event) {
        LOG.infof("instance %s takes scheduled work", id);
    }

    /** A random id made at start: claims made by this process carry it, and only this process. */
    public UUID id() {
        return id;
    }

    /** Whether this instance still takes new work; loops over batches ask before each one. */
    public boolean accepting() {
        synchronized (lock) {
            return !stopping;
        }
    }

    /** Runs one pass of scheduled work, unless the instance is stopping; answers whether it ran. */
    public boolean pass(Runnable work) {
        synchronized (lock) {
            if (stopping) {
                return false;
            }
            running++;
        }
        try {
            work.run();
            return true;
        } finally {
            synchronized (lock) {
                running--;
                lock.notifyAll();
            }
        }
    }

    /** From now on no pass starts and every loop stops after the item it is on. */
    public void stopTakingWork() {
        synchronized (lock) {
            stopping = true;
        }
    }

    /**
     * Waits until the passes in flight have ended, at most {@code timeout}; answers whether they
     * did. A pass still running after that keeps going: the claims given back meanwhile may then
     * be delivered twice, which receivers tolerate (at least once, with a stable id).
     */
    public boolean awaitIdle(Duration timeout) {
        long until = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (running > 0) {
                long left = until - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(lock, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return true;
        }
    }

    /** Takes work again after {@link #stopTakingWork()}: for tests, which stop and go on in one process. */
    public void resume() {
        synchronized (lock) {
            stopping = false;
        }
    }
}
