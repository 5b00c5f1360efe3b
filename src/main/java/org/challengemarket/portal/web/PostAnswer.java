package org.challengemarket.portal.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.function.Supplier;
import org.challengemarket.platform.error.ProblemException;
import org.challengemarket.portal.form.FormErrors;
import org.challengemarket.portal.form.Refusal;

/**
 * What a portal form post answers (Post/Redirect/Get): the next page to see (303 See Other) when
 * the post succeeded, or the form's page again, with the reasons and the status of the refusal,
 * when it did not.
 */
public final class PostAnswer {

    private PostAnswer() {}

    /**
     * The answer to a form read into {@code errors}: the form again (400, with {@code unreadable}
     * at the top) when it could not be read; else the answer of {@code action}, which asks the
     * service and names the next page, or the form again with the service's refusal shown as
     * {@code refusal} says.
     */
    public static Response of(
            FormErrors errors,
            String unreadable,
            Refusal refusal,
            Supplier<Response> action,
            Supplier<TemplateInstance> form) {
        if (!errors.isEmpty()) {
            if (errors.general() == null) {
                errors.general(unreadable);
            }
            return page(400, form.get());
        }
        try {
            return action.get();
        } catch (ProblemException e) {
            return page(errors.refusal(e, refusal), form.get());
        }
    }

    /** The answer to a form that has nothing to read wrongly: the next page, or the form with the refusal. */
    public static Response of(
            FormErrors errors, Refusal refusal, Supplier<Response> action, Supplier<TemplateInstance> form) {
        return of(errors, null, refusal, action, form);
    }

    /** The page to see next, a path of this site. */
    public static Response seeOther(String location) {
        return Response.seeOther(URI.create(location)).build();
    }

    /** The page to see next, confirming what the post did. */
    public static Response seeOther(String path, PageNotice notice) {
        return seeOther(path + "?notice=" + notice.param());
    }

    /** The page again, answered with {@code status}. */
    public static Response page(int status, TemplateInstance page) {
        return Response.status(status).entity(page).build();
    }
}
