package org.birge.portal.it.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.util.List;
import org.birge.portal.audit.service.AuditFilter;
import org.birge.portal.audit.service.AuditRow;
import org.birge.portal.audit.service.AuditService;
import org.birge.portal.org.service.OrganisationService;
import org.birge.portal.shared.domain.LocalizedName;
import org.birge.portal.shared.service.Page;
import org.birge.portal.shared.service.PageRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit trail seeks instead of skipping: the next page read from the last sequence shown, and the last
 * page read from the oldest rows upwards, hold exactly the rows that skipping would give.
 */
@ExtendWith(ArquillianExtension.class)
class AuditPagingIT {

    private static final int SIZE = 7;

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create("audit-paging-it");
    }

    @EJB
    private Fixtures fixtures;
    @EJB
    private AuditService audit;
    @EJB
    private OrganisationService organisation;
    @Inject
    private TestSignIn signIn;

    /** The regions it writes are coded after the demo ones (ZP-…), so that lists sorted by code still start with those. */
    @Test
    void seekingGivesTheSameRowsAsSkipping() throws Exception {
        String admin = fixtures.newAdmin();
        for (int i = 0; i < 3 * SIZE; i++) {
            String code = Fixtures.unique("ZP");
            signIn.as(admin, "admin", () -> organisation.createRegion(code, new LocalizedName(code, code, code)));
        }
        AuditFilter none = new AuditFilter();
        Page<AuditRow> first = signIn.as(admin, "admin", () -> audit.page(PageRequest.of(0, SIZE), none));
        Page<AuditRow> second = signIn.as(admin, "admin", () -> audit.page(PageRequest.of(SIZE, SIZE), none));
        long lastShown = first.rows().get(SIZE - 1).sequence();
        Page<AuditRow> sought = signIn.as(admin, "admin",
                () -> audit.page(PageRequest.of(SIZE, SIZE).after(lastShown), none));
        assertEquals(sequences(second.rows()), sequences(sought.rows()), "the next page by seeking");
        assertEquals(second.total(), sought.total());

        long total = first.total();
        int lastFirst = (int) ((total - 1) / SIZE * SIZE);
        Page<AuditRow> last = signIn.as(admin, "admin", () -> audit.page(PageRequest.of(lastFirst, SIZE), none));
        assertTrue(!last.rows().isEmpty() && last.rows().size() <= SIZE, "the last page has rows");
        assertEquals(1L, last.rows().get(last.rows().size() - 1).sequence(), "the last page ends with the first row");
        assertEquals(total - lastFirst, last.rows().size(), "the last page holds the rest");
        for (int i = 1; i < last.rows().size(); i++) {
            assertTrue(last.rows().get(i - 1).sequence() > last.rows().get(i).sequence(), "newest first");
        }
    }

    private static List<Long> sequences(List<AuditRow> rows) {
        return rows.stream().map(AuditRow::sequence).toList();
    }
}
