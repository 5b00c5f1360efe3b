package org.challengemarket.demo;

import io.quarkus.arc.profile.IfBuildProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.UUID;
import org.challengemarket.referral.ReferralService;
import org.challengemarket.referral.dto.ReferralDtos.ReferralRequest;
import org.challengemarket.webhook.WebhookEventType;
import org.challengemarket.webhook.WebhookService;
import org.challengemarket.webhook.dto.WebhookDtos.SubscriptionRequest;

/**
 * The incubator Start it Hub (ines.incubator): a webhook subscription to a local receiver for the
 * mobility challenges, and three referrals, one of which converted (CivicForms NV submitted).
 */
@ApplicationScoped
@IfBuildProfile(anyOf = {"dev", "test"})
class IncubatorSeeder implements DemoSeeder {

    static final String INCUBATOR = "Start it Hub";

    /** Where the demo subscription delivers: start any receiver there to watch events arrive. */
    static final String DEMO_URL = "http://127.0.0.1:8089/challenge-market-hook";

    private static final String MEMBER = "ines.incubator";
    private static final String NOTE = "Referred by Start it Hub's programme team";

    @Inject
    WebhookService webhooks;

    @Inject
    ReferralService referrals;

    @Override
    public void seed(DemoSession demo) {
        SubscriptionRequest subscription = new SubscriptionRequest(
                DEMO_URL,
                Arrays.stream(WebhookEventType.values())
                        .map(WebhookEventType::wireName)
                        .toList(),
                "mobility",
                "Mobility challenges for our startups' channel");
        demo.as(MEMBER, demo.now(), () -> webhooks.subscribe(subscription));

        UUID crowding = demo.challenge(ChallengeSeeder.CROWDING);
        refer(demo, new ReferralRequest(crowding, demo.organisation("Datawell SRL"), null, NOTE));
        refer(demo, new ReferralRequest(crowding, null, "founder@newstartup.example", NOTE));
        // converted: CivicForms NV has submitted to the flood warnings challenge
        UUID flood = demo.challenge(ChallengeSeeder.FLOOD);
        refer(demo, new ReferralRequest(flood, demo.organisation("CivicForms NV"), null, NOTE));
    }

    private void refer(DemoSession demo, ReferralRequest request) {
        demo.as(MEMBER, demo.now(), () -> referrals.refer(request));
    }
}
