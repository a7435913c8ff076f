package org.birge.portal.it.services;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import org.birge.portal.audit.service.AuditService;

/** Test data of the export tests: many audit rows of one kind of record, in one transaction. */
@Stateless
public class ExportSetup {

    @EJB
    private AuditService audit;

    public void auditRows(String subjectType, int count) {
        for (int i = 1; i <= count; i++) {
            audit.record("export.test", subjectType, (long) i, "before " + i, i % 7 == 0 ? "=SUM(A1:A9)" : "after, \"" + i
                    + "\"", "Пікір " + i);
        }
    }
}
