package org.challengemarket.support;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;

/** Direct reads and writes of the test database, each in its own committed transaction. */
public final class Rows {

    private Rows() {}

    public static long count(String sql, Object... parameters) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) query(sql, parameters).getSingleResult()).longValue());
    }

    @SuppressWarnings("unchecked")
    public static <T> List<T> list(String sql, Object... parameters) {
        return QuarkusTransaction.requiringNew()
                .call(() -> query(sql, parameters).getResultList());
    }

    public static int execute(String sql, Object... parameters) {
        return QuarkusTransaction.requiringNew()
                .call(() -> query(sql, parameters).executeUpdate());
    }

    private static Query query(String sql, Object... parameters) {
        Query query = Arc.container().instance(EntityManager.class).get().createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query;
    }
}
