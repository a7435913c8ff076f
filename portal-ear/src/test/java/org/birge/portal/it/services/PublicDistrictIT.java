package org.birge.portal.it.services;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.birge.portal.feedback.service.PublicFeedbackAppeal;
import org.birge.portal.feedback.service.PublicFeedbackDistrict;
import org.birge.portal.feedback.service.PublicFeedbackService;
import org.birge.portal.it.services.TrustHistory.Appeal;
import org.birge.portal.org.domain.District;
import org.birge.portal.org.domain.Region;
import org.birge.portal.shared.service.NotFoundException;
import org.birge.portal.shared.service.Page;
import org.birge.portal.shared.service.PageRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The public "You said, we did" page of a district, read without signing in: only answered public appeals
 * that no mayor hid are shown, never the private, hidden or unanswered ones; nothing says who wrote them
 * (no username, no e-mail or phone even when written into the text); attack strings in the subject, the
 * text and the answer come back as inert text. An unknown or inactive code answers 404.
 */
@ExtendWith(ArquillianExtension.class)
class PublicDistrictIT {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String IMG = "\"><img src=x onerror=alert(1)>";

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create("public-district-it");
    }

    @EJB
    private PublicFeedbackService feedback;
    @EJB
    private Fixtures fixtures;
    @EJB
    private TrustHistory history;

    private record Seen(District district, String author, String shown, String privateSubject,
                        String hiddenSubject, String openSubject) {
    }

    private Seen history() {
        Region region = fixtures.region(Fixtures.unique("ZPR"));
        District district = fixtures.district(Fixtures.unique("ZPD"), region);
        String author = Fixtures.unique("zp.author").toLowerCase(java.util.Locale.ROOT);
        String shown = "Shown " + Fixtures.unique("S") + " " + SCRIPT;
        String privateSubject = "Private " + Fixtures.unique("P");
        String hiddenSubject = "Hidden " + Fixtures.unique("H");
        String openSubject = "Open " + Fixtures.unique("O");
        long d = district.getId();
        Instant answered = Instant.parse("2026-02-10T07:00:00Z");
        history.appeal(Appeal.answered(d, author, LocalDate.of(2026, 2, 2), answered, 6, true, "SATISFIED")
                .shown(true, false, shown, "Body " + IMG + " write to " + author + "@mail.kz or 8 701 555 12 34",
                        "Answer " + SCRIPT + " " + IMG));
        history.appeal(Appeal.answered(d, author, LocalDate.of(2026, 2, 3), answered.plusSeconds(60), 6, true, null)
                .shown(false, false, privateSubject, "Private body", "Private answer"));
        history.appeal(Appeal.answered(d, author, LocalDate.of(2026, 2, 4), answered.plusSeconds(120), 6, true, null)
                .shown(true, true, hiddenSubject, "Hidden body", "Hidden answer"));
        history.appeal(Appeal.open(d, author, "RECEIVED", LocalDate.of(2026, 2, 5), LocalDate.of(2099, 1, 1))
                .shown(true, false, openSubject, "Open body", null));
        return new Seen(district, author, shown, privateSubject, hiddenSubject, openSubject);
    }

    @Test
    void onlyAnsweredPublicUnhiddenAppealsAreListedWithoutTheirAuthor() {
        Seen seen = history();
        Page<PublicFeedbackAppeal> page = feedback.answered(seen.district().getCode(), PageRequest.of(0, 10));
        assertEquals(1, page.total());
        PublicFeedbackAppeal only = page.rows().get(0);
        assertAll(
                () -> assertEquals(seen.shown(), only.subject()),
                () -> assertEquals("Body " + IMG + " write to […] or […]", only.body()),
                () -> assertEquals("Answer " + SCRIPT + " " + IMG, only.answer()),
                () -> assertEquals(LocalDate.of(2026, 2, 2), only.receivedOn()),
                () -> assertEquals(LocalDate.of(2026, 2, 10), only.answeredOn()),
                () -> assertNull(only.projectId()),
                () -> assertFalse(only.toString().contains(seen.author())));
        PublicFeedbackDistrict district = feedback.district(seen.district().getCode().toLowerCase(java.util.Locale.ROOT));
        assertEquals(4, district.figures().received());
        assertEquals(3, district.figures().answered());
        assertEquals(1, district.figures().participants());
        assertEquals(List.of(), district.projects());
    }

    @Test
    void anUnknownCodeIsNotFound() {
        assertAll(
                () -> assertThrows(NotFoundException.class, () -> feedback.district("ZZ-NO-SUCH-DISTRICT")),
                () -> assertThrows(NotFoundException.class, () -> feedback.answered("", PageRequest.of(0, 10))),
                () -> assertThrows(NotFoundException.class, () -> feedback.district(null)));
    }

    @Test
    void theAnonymousPageShowsThePublicAnswerInertAndNothingElse() throws Exception {
        Seen seen = history();
        HttpResponse<String> response = get(base() + "/public/district.xhtml?code=" + seen.district().getCode());
        assertEquals(200, response.statusCode());
        String html = response.body();
        assertAll(
                () -> assertTrue(html.contains("Shown " + seen.shown().split(" ")[1]), "the public appeal is shown"),
                () -> assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "escaped, as text"),
                () -> assertFalse(html.contains(SCRIPT), "no live script from a resident's text"),
                () -> assertFalse(html.contains("<img src=x onerror"), "no live image from a resident's text"),
                () -> assertFalse(html.contains(seen.privateSubject()), "private appeals are not shown"),
                () -> assertFalse(html.contains(seen.hiddenSubject()), "hidden appeals are not shown"),
                () -> assertFalse(html.contains(seen.openSubject()), "unanswered appeals are not shown"),
                () -> assertFalse(html.contains(seen.author()), "no username or e-mail of the author"),
                () -> assertFalse(html.contains("555 12 34"), "no phone number"));
        assertEquals(404, get(base() + "/public/district.xhtml?code=ZZ-NO-SUCH").statusCode());
        HttpResponse<String> list = get(base() + "/public/districts.xhtml");
        assertEquals(200, list.statusCode());
        assertFalse(list.body().contains("district.xhtml?id="), "districts are linked by code, not by id");
    }

    private static String base() {
        HttpServletRequest request = CurrentExchange.request();
        return request.getScheme() + "://localhost:" + request.getLocalPort();
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
