package org.birge.portal.it.services;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.birge.portal.org.domain.Region;
import org.birge.portal.org.service.OrganisationService;
import org.birge.portal.org.service.RegionRow;
import org.birge.portal.shared.domain.LocalizedName;

/**
 * An administrator's save held open at a chosen point, for a deterministic interleaving: the region is
 * loaded into the transaction (so the service finds it there, with the version of that moment), then the
 * save waits until the test has let someone else save, then goes on in the same transaction.
 */
@Stateless
public class StaleEditor {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @EJB
    private OrganisationService organisation;

    public RegionRow renameAfter(long regionId, LocalizedName name, CountDownLatch loaded, CountDownLatch resume)
            throws InterruptedException {
        long seen = em.find(Region.class, regionId).getVersion();
        loaded.countDown();
        if (!resume.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the test did not resume the held save");
        }
        return organisation.renameRegion(regionId, seen, name);
    }
}
