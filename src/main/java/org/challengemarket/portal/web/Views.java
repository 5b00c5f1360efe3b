package org.challengemarket.portal.web;

import io.quarkus.qute.TemplateExtension;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.challengemarket.platform.money.MoneyDto;
import org.challengemarket.platform.web.PageDto;
import org.challengemarket.proposal.dto.ProposalDtos.AttachmentDto;

/** View-only calculations for the portal's templates: times in Brussels, money, file sizes, pages. */
@TemplateExtension
public final class Views {

    /** Times are stored in UTC and shown in Brussels. */
    public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern(
                    "d MMMM yyyy, HH:mm zzz", Locale.ENGLISH)
            .withZone(BRUSSELS);
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).withZone(BRUSSELS);

    private Views() {}

    /** "12 March 2027, 17:00 CET". */
    public static String brussels(Instant instant) {
        return DATE_TIME.format(instant);
    }

    /** "12 March 2027". */
    static String brusselsDate(Instant instant) {
        return DATE.format(instant);
    }

    /** The machine-readable form for {@code <time datetime>}. */
    static String machine(Instant instant) {
        return instant.toString();
    }

    /** "EUR 40,000.00". */
    static String formatted(MoneyDto money) {
        NumberFormat number = NumberFormat.getNumberInstance(Locale.ENGLISH);
        number.setMinimumFractionDigits(2);
        number.setMaximumFractionDigits(2);
        return money.currency() + " " + number.format(money.amount());
    }

    /** A file's size in whole kilobytes, at least 1. */
    static long kilobytes(AttachmentDto file) {
        return Math.max(1, (file.size() + 1023) / 1024);
    }

    static boolean hasPrevious(PageDto<?> page) {
        return page.page() > 1;
    }

    static boolean hasNext(PageDto<?> page) {
        return page.page() < page.totalPages();
    }

    static int previousPage(PageDto<?> page) {
        return Math.max(1, page.page() - 1);
    }

    static int nextPage(PageDto<?> page) {
        return page.page() + 1;
    }

    /** The number of the first item on the page, counting from 1. */
    static long firstItem(PageDto<?> page) {
        return page.total() == 0 ? 0 : (long) (page.page() - 1) * page.size() + 1;
    }

    static long lastItem(PageDto<?> page) {
        return Math.min(page.total(), (long) page.page() * page.size());
    }
}
