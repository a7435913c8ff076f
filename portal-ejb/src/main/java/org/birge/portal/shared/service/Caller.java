package org.birge.portal.shared.service;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.util.Optional;
import org.birge.portal.org.domain.Official;
import org.birge.portal.org.domain.Role;
import org.birge.portal.org.domain.Scope;

/**
 * Who is calling a service, as the container authenticated them, and what they may see. Services take
 * the scope from here and never from a parameter the browser could choose.
 */
@Stateless
public class Caller {

    @Resource
    private SessionContext context;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    public String username() {
        Principal principal = context.getCallerPrincipal();
        return principal == null ? "anonymous" : principal.getName();
    }

    /** The caller's record, provisioned at their login. */
    public Optional<Official> official() {
        return em.createNamedQuery("Official.byUsername", Official.class)
                .setParameter("username", username())
                .getResultStream().findFirst();
    }

    /** The caller's scope; nothing when they have no record yet. */
    public Scope scope() {
        return official().map(Official::scope).orElseGet(Scope::none);
    }

    /** The caller's role with the highest precedence among those the container sees. */
    public String roleName() {
        for (Role role : Role.values()) {
            if (context.isCallerInRole(role.roleName())) {
                return role.roleName();
            }
        }
        return "none";
    }
}
