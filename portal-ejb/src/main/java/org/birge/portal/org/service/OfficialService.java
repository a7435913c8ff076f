package org.birge.portal.org.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Locale;
import java.util.Map;
import org.birge.portal.org.domain.Role;
import org.birge.portal.shared.service.Page;
import org.birge.portal.shared.service.PageRequest;

/** The people who signed in, as the administrators see them. Keycloak stays the owner of accounts. */
@Stateless
public class OfficialService {

    private static final String ROW = "select new org.birge.portal.org.service.OfficialRow(o.id, o.username,"
            + " o.displayName, o.roles, d.code, r.code, o.lastLoginAt)"
            + " from Official o left join o.district d left join o.region r";
    private static final Map<String, String> SORT = Map.of("username", "o.username", "displayName", "o.displayName",
            "lastLoginAt", "o.lastLoginAt", "district", "d.code", "region", "r.code");

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /** People whose username or name contains {@code search} (all when it is blank), one page. */
    @RolesAllowed(Role.ADMIN_NAME)
    public Page<OfficialRow> officials(PageRequest page, String search) {
        boolean filtered = search != null && !search.isBlank();
        String where = filtered
                ? " where lower(o.username) like :search or lower(o.displayName) like :search" : "";
        String order = page.orderBy(SORT, "o.username", "o.id");
        TypedQuery<OfficialRow> rows = em.createQuery(ROW + where + order, OfficialRow.class);
        TypedQuery<Long> count = em.createQuery("select count(o) from Official o" + where, Long.class);
        if (filtered) {
            String pattern = "%" + search.strip().toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            rows.setParameter("search", pattern);
            count.setParameter("search", pattern);
        }
        return new Page<>(rows.setFirstResult(page.first()).setMaxResults(page.size()).getResultList(),
                count.getSingleResult());
    }
}
