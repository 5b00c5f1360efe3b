package org.challengemarket.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import io.restassured.http.Cookie;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads portal pages the way a browser without JavaScript does: it keeps cookies, does not
 * follow redirects by itself, and submits a page's forms with the values the page put in them
 * (hidden CSRF token included), changed where a test fills them in.
 */
final class PortalBrowser {

    static final String SESSION_COOKIE = "cm_token";

    private final Map<String, String> cookies = new LinkedHashMap<>();

    static PortalBrowser anonymous() {
        return new PortalBrowser();
    }

    /** A browser that already holds {@code token} in the session cookie. */
    static PortalBrowser signedInWith(String token) {
        PortalBrowser browser = new PortalBrowser();
        browser.cookies.put(SESSION_COOKIE, token);
        return browser;
    }

    Page open(String pathOrUrl) {
        return keep(request().get(pathOrUrl));
    }

    /** Follows a redirect answer to its Location. */
    Page follow(Page redirect) {
        String location = redirect.location();
        assertThat(location).as("expected a redirect, got " + redirect.status()).isNotNull();
        return open(location);
    }

    Page submit(HtmlForm form) {
        RequestSpecification post = request().contentType("application/x-www-form-urlencoded; charset=UTF-8");
        form.fields().forEach((name, values) -> values.forEach(v -> post.formParam(name, v)));
        return keep(post.post(form.action()));
    }

    /** Submits a {@code multipart/form-data} form with one file chosen in its input {@code field}. */
    Page submitWithFile(HtmlForm form, String field, String fileName, String mediaType, byte[] content) {
        RequestSpecification post = request().contentType("multipart/form-data");
        form.fields().forEach((name, values) -> {
            if (!name.equals(field)) {
                values.forEach(v -> post.multiPart(name, v));
            }
        });
        post.multiPart(field, fileName, content, mediaType);
        return keep(post.post(form.action()));
    }

    String cookie(String name) {
        return cookies.get(name);
    }

    private RequestSpecification request() {
        return RestAssured.given().redirects().follow(false).cookies(cookies).accept("text/html");
    }

    private Page keep(Response response) {
        for (Cookie cookie : response.getDetailedCookies()) {
            if (cookie.getMaxAge() == 0
                    || cookie.getValue() == null
                    || cookie.getValue().isEmpty()) {
                cookies.remove(cookie.getName());
            } else {
                cookies.put(cookie.getName(), cookie.getValue());
            }
        }
        return new Page(response);
    }

    /** One answer: status, headers and, for HTML, the parsed document. */
    static final class Page {
        private final Response response;
        private final Document html;

        Page(Response response) {
            this.response = response;
            this.html = Jsoup.parse(response.asString());
        }

        int status() {
            return response.statusCode();
        }

        String header(String name) {
            return response.header(name);
        }

        List<String> headers(String name) {
            return response.headers().getValues(name);
        }

        /** The redirect target as a path with its query. */
        String location() {
            String location = response.header("Location");
            if (location == null) {
                return null;
            }
            URI uri = URI.create(location);
            return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        }

        Document html() {
            return html;
        }

        String text() {
            return html.text();
        }

        Element find(String selector) {
            Element element = html.selectFirst(selector);
            assertThat(element)
                    .as("no " + selector + " on the page:\n" + html.body())
                    .isNotNull();
            return element;
        }

        boolean has(String selector) {
            return html.selectFirst(selector) != null;
        }

        HtmlForm form(String selector) {
            return HtmlForm.of(find(selector));
        }
    }

    /** A form's action and the name/value pairs a browser would send. */
    static final class HtmlForm {
        private final String action;
        private final Map<String, List<String>> fields = new LinkedHashMap<>();

        private HtmlForm(String action) {
            this.action = action;
        }

        static HtmlForm of(Element form) {
            HtmlForm result = new HtmlForm(form.attr("action"));
            for (Element input : form.select("input[name], textarea[name], select[name]")) {
                String name = input.attr("name");
                switch (input.tagName()) {
                    case "textarea" -> result.add(name, input.wholeText().replaceFirst("^\n", ""));
                    case "select" -> {
                        Element selected = input.selectFirst("option[selected]");
                        Element option = selected != null ? selected : input.selectFirst("option");
                        result.add(name, option == null ? "" : option.attr("value"));
                    }
                    default -> {
                        String type = input.attr("type");
                        if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) {
                            continue;
                        }
                        result.add(name, input.attr("value"));
                    }
                }
            }
            return result;
        }

        String action() {
            return action;
        }

        Map<String, List<String>> fields() {
            return fields;
        }

        String value(String name) {
            List<String> values = fields.get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        HtmlForm set(String name, String value) {
            fields.put(name, new ArrayList<>(List.of(value)));
            return this;
        }

        HtmlForm setAll(String name, String... values) {
            fields.put(name, new ArrayList<>(List.of(values)));
            return this;
        }

        HtmlForm without(String name) {
            fields.remove(name);
            return this;
        }

        /** Which submit button was pressed. */
        HtmlForm pressing(String name, String value) {
            return set(name, value);
        }

        private void add(String name, String value) {
            fields.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
    }
}
