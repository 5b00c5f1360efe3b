package org.challengemarket.portal.form;

import io.quarkus.qute.TemplateData;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.challengemarket.organisation.CompanySize;
import org.challengemarket.organisation.dto.CompanyProfileDtos.Contact;
import org.challengemarket.organisation.dto.CompanyProfileDtos.ProfileDto;
import org.challengemarket.organisation.dto.CompanyProfileDtos.ProfileRequest;
import org.challengemarket.portal.messages.ProposalMessages;

/**
 * The company profile form as typed. Field names are the API's JSON paths ({@code contact.email}),
 * so the service's reasons land on their inputs.
 */
@TemplateData
public record ProfileForm(
        String legalName,
        String enterpriseNumber,
        String size,
        String sector,
        String teamSummary,
        String references,
        String contactName,
        String contactEmail,
        String contactPhone) {

    private static final String SIZE = "size";

    /** An empty profile. */
    public static ProfileForm blank() {
        return new ProfileForm("", "", "", "", "", "", "", "", "");
    }

    /** The form of a stored profile. */
    public static ProfileForm from(ProfileDto profile) {
        return new ProfileForm(
                profile.legalName(),
                profile.enterpriseNumber(),
                profile.size().name(),
                profile.sector(),
                profile.teamSummary(),
                orEmpty(profile.references()),
                profile.contact().name(),
                profile.contact().email(),
                orEmpty(profile.contact().phone()));
    }

    /** The form as submitted. */
    public static ProfileForm read(MultivaluedMap<String, String> body) {
        FormValues form = new FormValues(body);
        return new ProfileForm(
                form.text("legalName"),
                form.text("enterpriseNumber"),
                form.text(SIZE),
                form.text("sector"),
                form.text("teamSummary"),
                form.text("references"),
                form.text("contact.name"),
                form.text("contact.email"),
                form.text("contact.phone"));
    }

    /** The sizes to choose from, smallest first. */
    public List<CompanySize> sizes() {
        return Arrays.asList(CompanySize.values());
    }

    public boolean hasSize(CompanySize option) {
        return option.name().equals(size);
    }

    /**
     * The API request this form stands for, with what the API would refuse in {@code errors}. The
     * enterprise number's check digits are the service's to judge.
     */
    public ProfileRequest toRequest(FormErrors errors, ProposalMessages proposalMsg, Validator validator) {
        CompanySize chosen = Arrays.stream(CompanySize.values())
                .filter(this::hasSize)
                .findFirst()
                .orElse(null);
        ProfileRequest request = new ProfileRequest(
                legalName,
                enterpriseNumber,
                chosen,
                sector,
                teamSummary,
                FormValues.blankToNull(references),
                new Contact(contactName, contactEmail, FormValues.blankToNull(contactPhone)));
        Set<ConstraintViolation<ProfileRequest>> violations = validator.validate(request);
        errors.addViolations(violations.stream()
                .filter(violation -> !violation.getPropertyPath().toString().equals(SIZE))
                .toList());
        if (chosen == null) {
            errors.add(SIZE, proposalMsg.chooseSize());
        }
        return request;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
