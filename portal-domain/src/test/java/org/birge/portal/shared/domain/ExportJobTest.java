package org.birge.portal.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ExportJobTest {

    @Test
    void aJobMovesFromQueuedThroughRunningToDoneWithItsProgress() {
        ExportJob job = new ExportJob("akim", "projects", "XLSX", "status=DRAFT", "projects.xlsx");
        assertEquals(ExportState.QUEUED, job.getState());
        job.start(400);
        job.progress(200);
        assertEquals(50, job.percent());
        job.progress(100);
        assertEquals(200, job.getDone(), "progress never goes back");
        job.progress(450);
        assertEquals(450, job.getTotal(), "a list that grew while written raises the total");
        job.finish("1-x.xlsx", Instant.EPOCH);
        assertEquals(ExportState.DONE, job.getState());
        assertEquals(100, job.percent());
        assertTrue(job.ownedBy("akim"));
    }

    @Test
    void illegalMovesAreRefused() {
        ExportJob job = new ExportJob("akim", "projects", "CSV", null, "projects.csv");
        assertThrows(DomainException.class, () -> job.progress(1), "not started");
        assertThrows(DomainException.class, () -> job.finish("f", Instant.EPOCH), "not started");
        job.start(0);
        assertEquals(0, job.percent());
        job.fail("IOException", Instant.EPOCH);
        assertEquals(ExportState.FAILED, job.getState());
        assertThrows(DomainException.class, () -> job.fail("again", Instant.EPOCH));
        assertThrows(DomainException.class, () -> job.start(1));
    }
}
