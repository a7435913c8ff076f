package org.birge.portal.it.services;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import org.birge.portal.shared.service.Readiness;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The readiness check on a running database whose schema the start-up migration brought up to date. */
@ExtendWith(ArquillianExtension.class)
class ReadinessIT {

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create("readiness-it");
    }

    @EJB
    private Readiness readiness;

    @Test
    void aMigratedDatabaseIsReady() {
        Readiness.Status status = readiness.check();
        assertTrue(status.database(), "the database answers");
        assertTrue(status.migrations(), "the migrations ran at start-up");
        assertTrue(status.ready());
    }
}
