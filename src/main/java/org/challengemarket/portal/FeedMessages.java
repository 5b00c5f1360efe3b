package org.challengemarket.portal;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts that point people to the public feeds, as {@code {fmsg:…}} in templates; the English
 * texts live in {@code messages/fmsg.properties}.
 */
@MessageBundle("fmsg")
public interface FeedMessages {

    @Message
    String atomFeedTitle();

    @Message
    String followHeading();

    @Message
    String atomFeedLink();

    @Message
    String deadlinesLink();

    @Message
    String challengeDeadlinesLink();
}
