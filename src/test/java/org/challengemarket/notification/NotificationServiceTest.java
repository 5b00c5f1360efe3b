package org.challengemarket.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import org.challengemarket.support.Fixtures;
import org.challengemarket.support.Fixtures.Org;
import org.challengemarket.support.Members;
import org.challengemarket.support.Members.Person;
import org.challengemarket.support.Rows;
import org.junit.jupiter.api.Test;

/** The service other features call: a row per member, with its outbox event, in their transaction. */
@QuarkusTest
class NotificationServiceTest {

    @Inject
    NotificationService notifications;

    private static long rows(String table, Org organisation) {
        return Rows.count(
                "notification".equals(table)
                        ? "select count(*) from notification where organisation_id = ?1"
                        : "select count(*) from outbox_event o join notification n on n.id = o.aggregate_id"
                                + " where n.organisation_id = ?1",
                organisation.id());
    }

    @Test
    void organisationIsNotifiedOncePerMemberWithAnOutboxEventEach() {
        Org company = Fixtures.organisation("COMPANY");
        Person anna = Members.member(company, "company_member");
        Members.member(company, "company_member");

        int written = QuarkusTransaction.requiringNew()
                .call(() -> notifications.notifyOrganisation(
                        company.id(), NotificationType.SHORTLISTED, "Your proposal goes on to stage 2", "/api/v1/x"));

        assertThat(written).isEqualTo(2);
        assertThat(rows("notification", company)).isEqualTo(2);
        assertThat(rows("outbox_event", company)).isEqualTo(2);
        assertThat(Rows.<String>list(
                        "select o.event_type from outbox_event o join notification n on n.id = o.aggregate_id"
                                + " where n.recipient_id = ?1",
                        anna.id()))
                .containsExactly("notification.shortlisted");
    }

    @Test
    void changeThatRollsBackLeavesNoNotificationAndNoOutboxEvent() {
        Org company = Fixtures.organisation("COMPANY");
        Members.member(company, "company_member");

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
                    notifications.notifyOrganisation(
                            company.id(), NotificationType.SUBMISSION_RECEIVED, "Stage 1 received", null);
                    throw new IllegalStateException("the change itself failed");
                }))
                .hasMessageContaining("the change itself failed");

        assertThat(rows("notification", company)).isZero();
        assertThat(rows("outbox_event", company)).isZero();
    }

    @Test
    void notifyingOutsideTheTransactionOfAChangeIsRefused() {
        Org company = Fixtures.organisation("COMPANY");
        assertThatThrownBy(() -> notifications.notifyOrganisation(
                        company.id(), NotificationType.NOT_SHORTLISTED, "Not this time", null))
                .isInstanceOf(TransactionalException.class);
    }

    @Test
    void organisationWithoutMembersNotifiesNoOne() {
        Org company = Fixtures.organisation("COMPANY");
        int written = QuarkusTransaction.requiringNew()
                .call(() -> notifications.notifyOrganisation(
                        company.id(), NotificationType.SHORTLISTED, "Nobody reads this", null));
        assertThat(written).isZero();
    }

    @Test
    void longTitleIsShortenedToFitTheList() {
        Org company = Fixtures.organisation("COMPANY");
        Person member = Members.member(company, "company_member");
        QuarkusTransaction.requiringNew()
                .call(() -> notifications.notifyOrganisation(
                        company.id(), NotificationType.CHALLENGE_AMENDED, "x".repeat(400), "/api/v1/y"));
        assertThat(Rows.<String>list("select title from notification where recipient_id = ?1", member.id())
                        .get(0))
                .hasSize(NotificationService.TITLE_LENGTH)
                .endsWith("…");
    }
}
