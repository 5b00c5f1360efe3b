package org.challengemarket.portal.messages;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.challengemarket.contract.ContractStatus;
import org.challengemarket.contract.MilestoneStatus;
import org.challengemarket.payment.InvoiceStatus;

/**
 * The texts of the contract, invoice, finance dashboard and payment-performance pages. As {@code
 * {paymentMsg:…}} in templates; the English texts live in {@code messages/paymentMsg.properties},
 * keyed by method name, and other languages follow as {@code paymentMsg_nl.properties} and the
 * like, with the same keys.
 */
@MessageBundle("paymentMsg")
public interface PaymentMessages {

    // ---- contracts and payments
    @Message
    String contractStatus(ContractStatus status);

    @Message
    String milestoneStatus(MilestoneStatus status);

    @Message
    String invoiceStatus(InvoiceStatus status);

    @Message
    String contractsTitle();

    @Message
    String contractsIntro();

    @Message
    String noContracts();

    @Message
    String contractTitle(String challenge);

    @Message
    String colChallenge();

    @Message
    String colParties();

    @Message
    String colStatus();

    @Message
    String colValue();

    @Message
    String colPeriod();

    @Message
    String agency();

    @Message
    String company();

    @Message
    String value();

    @Message
    String vatRate();

    @Message
    String period();

    @Message
    String notSet();

    @Message
    String paymentTerm(int days);

    @Message
    String paymentTermLabel();

    @Message
    String standstillUntil();

    @Message
    String signedOn();

    @Message
    String terminated(String reason);

    @Message
    String milestonesHeading();

    @Message
    String milestonesCaption();

    @Message
    String colNumber();

    @Message
    String colDeliverable();

    @Message
    String colAmount();

    @Message
    String colPlanned();

    @Message
    String colState();

    @Message
    String deliveredOn(String when);

    @Message
    String acceptanceDue(String when);

    @Message
    String acceptanceOverdue();

    @Message
    String rejectedBecause(String reason);

    @Message
    String invoicesHeading();

    @Message
    String invoicesCaption();

    @Message
    String noInvoices();

    @Message
    String colInvoice();

    @Message
    String colReceived();

    @Message
    String colDue();

    @Message
    String colOutstanding();

    @Message
    String colInterest();

    @Message
    String colDaysLate();

    @Message
    String colCompany();

    @Message
    String overdueTag();

    @Message
    String invoiceHeading();

    @Message
    String invoiceIntro();

    @Message
    String nothingToInvoice();

    @Message
    String fieldMilestone();

    @Message
    String fieldNumber();

    @Message
    String hintNumber();

    @Message
    String fieldIssueDate();

    @Message
    String hintIssueDate();

    @Message
    String fieldAmountExclVat();

    @Message
    String fieldVatAmount();

    @Message
    String hintAmount();

    @Message
    String milestoneChoice(int position, String deliverable, String amount);

    @Message
    String sendInvoice();

    @Message
    String invoiceSent(String number, String due);

    @Message
    String mustBeAmount();

    @Message
    String mustBeDate();

    @Message
    String required();

    @Message
    String dashboardTitle();

    @Message
    String dashboardIntro(String agency, String today);

    @Message
    String onTimeRate();

    @Message
    String averageDaysToPay();

    @Message
    String days(String days);

    @Message
    String paidThisMonth();

    @Message
    String paidCount(long count, String amount);

    @Message
    String overdueInterestTotal();

    @Message
    String noneYet();

    @Message
    String overdueHeading();

    @Message
    String overdueCaption();

    @Message
    String noOverdue();

    @Message
    String dueSoonHeading();

    @Message
    String dueSoonCaption();

    @Message
    String noDueSoon();

    @Message
    String trendHeading();

    @Message
    String trendChartTitle();

    @Message
    String trendChartDesc();

    @Message
    String trendCaption();

    @Message
    String colMonth();

    @Message
    String colDueCount();

    @Message
    String colOnTime();

    @Message
    String colRate();

    @Message
    String noInvoicesDue();

    @Message
    String downloadCsv();

    @Message
    String interestNote();

    @Message
    String performanceTitle(String agency);

    @Message
    String performanceIntro(String from, String to);

    @Message
    String invoicesDue();

    @Message
    String paidOnTime();

    @Message
    String invoicesPaid();

    @Message
    String performanceExplain();
}
