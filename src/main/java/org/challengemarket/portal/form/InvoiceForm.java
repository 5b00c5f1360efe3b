package org.challengemarket.portal.form;

import io.quarkus.qute.TemplateData;
import jakarta.ws.rs.core.MultivaluedMap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.challengemarket.contract.dto.ContractDtos.MilestoneDto;
import org.challengemarket.payment.Invoice;
import org.challengemarket.payment.dto.PaymentDtos.InvoiceRequest;
import org.challengemarket.portal.messages.PaymentMessages;

/** The company's invoice of an accepted milestone as typed, so a refused form comes back as sent. */
@TemplateData
public record InvoiceForm(String milestoneId, String number, String issueDate, String amountExclVat, String vatAmount) {

    private static final String CURRENCY = "EUR";

    /** The form of a new invoice of {@code milestone}: its amount and the VAT at the contract's rate. */
    public static InvoiceForm of(MilestoneDto milestone, LocalDate issued, BigDecimal vatRate) {
        return new InvoiceForm(
                milestone.id().toString(),
                "",
                issued.toString(),
                milestone.amount().toPlainString(),
                Invoice.vat(milestone.amount(), vatRate).toPlainString());
    }

    /** The form as submitted, its text stripped. */
    public static InvoiceForm read(MultivaluedMap<String, String> body) {
        FormValues form = new FormValues(body);
        return new InvoiceForm(
                form.text("milestoneId").strip(),
                form.text("number").strip(),
                form.text("issueDate").strip(),
                form.text("amountExclVat").strip(),
                form.text("vatAmount").strip());
    }

    public boolean picks(UUID milestone) {
        return milestone.toString().equals(milestoneId);
    }

    /** The invoice this form stands for, with what cannot be read in {@code errors}. */
    public InvoiceRequest toRequest(FormErrors errors, PaymentMessages paymentMsg) {
        UUID milestone = null;
        try {
            milestone = UUID.fromString(milestoneId);
        } catch (IllegalArgumentException e) {
            errors.add("milestoneId", paymentMsg.required());
        }
        if (number.isEmpty() || number.length() > 50) {
            errors.add("number", paymentMsg.required());
        }
        LocalDate issued = date(issueDate, "issueDate", errors, paymentMsg.mustBeDate());
        BigDecimal excl = amount(amountExclVat, "amountExclVat", errors, paymentMsg.mustBeAmount());
        BigDecimal vat = amount(vatAmount, "vatAmount", errors, paymentMsg.mustBeAmount());
        return new InvoiceRequest(milestone, number, issued, excl, vat, CURRENCY);
    }

    private static LocalDate date(String value, String field, FormErrors errors, String message) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(field, message);
            return null;
        }
    }

    private static BigDecimal amount(String value, String field, FormErrors errors, String message) {
        try {
            BigDecimal amount = new BigDecimal(value.replace(",", "."));
            if (amount.signum() < 0 || amount.scale() > 2) {
                throw new NumberFormatException();
            }
            return amount;
        } catch (NumberFormatException e) {
            errors.add(field, message);
            return null;
        }
    }
}
