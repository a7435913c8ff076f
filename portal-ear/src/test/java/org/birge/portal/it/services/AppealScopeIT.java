package org.birge.portal.it.services;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.birge.portal.feedback.domain.AppealCategory;
import org.birge.portal.feedback.domain.AppealRating;
import org.birge.portal.feedback.service.AppealFilter;
import org.birge.portal.feedback.service.AppealReceipt;
import org.birge.portal.feedback.service.AppealRow;
import org.birge.portal.feedback.service.AppealService;
import org.birge.portal.feedback.service.AppealUpload;
import org.birge.portal.feedback.service.AppealView;
import org.birge.portal.org.domain.District;
import org.birge.portal.org.domain.Region;
import org.birge.portal.org.domain.Role;
import org.birge.portal.project.service.AttachmentService;
import org.birge.portal.shared.service.AccessDeniedException;
import org.birge.portal.shared.service.PageRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * Nobody reads or changes another district's appeal: for every record the feature keeps (the appeal, its
 * files) and every action, a mayor of another district of the same region, a mayor of another region, another
 * resident of the same district and a governor of another region are refused; and their lists never hold it.
 */
@ExtendWith(ArquillianExtension.class)
class AppealScopeIT {

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create("appeal-scope-it");
    }

    @EJB
    private AppealService appeals;
    @EJB
    private AttachmentService attachments;
    @EJB
    private Fixtures fixtures;
    @Inject
    private TestSignIn signIn;

    private String author;
    private String neighbour;
    private String mayor;
    private String otherDistrictMayor;
    private String otherRegionMayor;
    private String governor;
    private String otherGovernor;
    private long otherDistrictId;
    private AppealReceipt open;
    private AppealReceipt answered;
    private long fileId;

    @BeforeEach
    void appeals() throws Exception {
        Region region = fixtures.region(Fixtures.unique("ZR"));
        District district = fixtures.district(Fixtures.unique("ZD"), region);
        District otherDistrict = fixtures.district(Fixtures.unique("ZD"), region);
        otherDistrictId = otherDistrict.getId();
        Region otherRegion = fixtures.region(Fixtures.unique("ZR"));
        District farDistrict = fixtures.district(Fixtures.unique("ZD"), otherRegion);
        author = fixtures.newPerson(district, null, Role.RESIDENT);
        neighbour = fixtures.newPerson(district, null, Role.RESIDENT);
        mayor = fixtures.newPerson(district, null, Role.MAYOR);
        otherDistrictMayor = fixtures.newPerson(otherDistrict, null, Role.MAYOR);
        otherRegionMayor = fixtures.newPerson(farDistrict, null, Role.MAYOR);
        governor = fixtures.newPerson(null, region, Role.GOVERNOR);
        otherGovernor = fixtures.newPerson(null, otherRegion, Role.GOVERNOR);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0};
        open = signIn.as(author, "resident", () -> appeals.submit(AppealIT.draft("Private", AppealCategory.SAFETY, false),
                List.of(new AppealUpload("photo.png", png))));
        answered = signIn.as(author, "resident", () -> appeals.submit(AppealIT.draft("Public", AppealCategory.ROADS, true),
                List.of()));
        signIn.as(mayor, "mayor", () -> {
            appeals.answer(answered.id(), appeals.appeal(answered.id()).version(), "Answer", null);
            return null;
        });
        signIn.as(author, "resident", () -> {
            AppealView v = appeals.appeal(answered.id());
            appeals.rate(answered.id(), v.version(), AppealRating.NOT_SATISFIED, "No");
            appeals.complain(answered.id(), appeals.appeal(answered.id()).version(), "Complaint");
            return null;
        });
        fileId = signIn.as(author, "resident", () -> appeals.appeal(open.id())).files().get(0).id();
    }

    private Executable refused(String who, String role, String what, Callable<?> call) {
        return () -> assertThrows(AccessDeniedException.class, () -> signIn.as(who, role, call), who + " " + what);
    }

    @Test
    void mayorsOfOtherDistrictsAreRefusedEveryReadAndAction() {
        List<Executable> checks = new ArrayList<>();
        for (String other : List.of(otherDistrictMayor, otherRegionMayor)) {
            for (long id : List.of(open.id(), answered.id())) {
                checks.add(refused(other, "mayor", "reads", () -> appeals.appeal(id)));
                checks.add(refused(other, "mayor", "lists projects of", () -> appeals.projectChoices(id)));
                checks.add(refused(other, "mayor", "answers", () -> { appeals.answer(id, 0, "x", null); return null; }));
                checks.add(refused(other, "mayor", "extends",
                        () -> { appeals.extend(id, 0, LocalDate.now().plusDays(30), "x"); return null; }));
                checks.add(refused(other, "mayor", "redirects",
                        () -> { appeals.redirect(id, 0, otherDistrictId, "x"); return null; }));
                checks.add(refused(other, "mayor", "closes", () -> { appeals.close(id, 0); return null; }));
                checks.add(refused(other, "mayor", "hides", () -> { appeals.hide(id, 0, "x"); return null; }));
                checks.add(refused(other, "mayor", "links", () -> { appeals.linkProject(id, 0, null); return null; }));
            }
            checks.add(refused(other, "mayor", "downloads the file", () -> attachments.appealFile(fileId)));
            checks.add(() -> assertEquals(0, signIn.as(other, "mayor",
                    () -> appeals.inbox(PageRequest.of(0, 50), AppealFilter.none())).total(), other + "'s inbox"));
        }
        assertAll(checks);
    }

    @Test
    void anotherResidentIsRefusedEveryReadAndAction() {
        List<Executable> checks = new ArrayList<>();
        for (long id : List.of(open.id(), answered.id())) {
            checks.add(refused(neighbour, "resident", "reads", () -> appeals.appeal(id)));
            checks.add(refused(neighbour, "resident", "rates",
                    () -> { appeals.rate(id, 0, AppealRating.SATISFIED, null); return null; }));
            checks.add(refused(neighbour, "resident", "complains", () -> { appeals.complain(id, 0, "x"); return null; }));
        }
        checks.add(refused(neighbour, "resident", "downloads the file", () -> attachments.appealFile(fileId)));
        checks.add(() -> assertEquals(0, signIn.as(neighbour, "resident", () -> appeals.mine(PageRequest.of(0, 50))).total()));
        assertAll(checks);
    }

    @Test
    void aGovernorOfAnotherRegionIsRefusedAndTheirOwnGovernorSeesTheRegion() throws Exception {
        List<Executable> checks = new ArrayList<>();
        for (long id : List.of(open.id(), answered.id())) {
            checks.add(refused(otherGovernor, "governor", "reads", () -> appeals.appeal(id)));
            checks.add(refused(otherGovernor, "governor", "answers the complaint",
                    () -> { appeals.answerComplaint(id, 0, "x"); return null; }));
        }
        checks.add(refused(otherGovernor, "governor", "downloads the file", () -> attachments.appealFile(fileId)));
        checks.add(() -> assertTrue(signIn.as(otherGovernor, "governor",
                () -> appeals.inbox(PageRequest.of(0, 200), AppealFilter.none())).rows().stream()
                .noneMatch(r -> r.id() == open.id() || r.id() == answered.id())));
        assertAll(checks);

        List<Long> region = signIn.as(governor, "governor", () -> appeals.inbox(PageRequest.of(0, 50),
                AppealFilter.none())).rows().stream().map(AppealRow::id).toList();
        assertTrue(region.containsAll(List.of(open.id(), answered.id())));
        assertEquals(open.id(), signIn.as(governor, "governor", () -> appeals.appeal(open.id())).id());
        assertEquals("photo.png", signIn.as(governor, "governor", () -> attachments.appealFile(fileId)).fileName());
    }
}
