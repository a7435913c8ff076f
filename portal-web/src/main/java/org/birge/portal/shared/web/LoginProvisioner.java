package org.birge.portal.shared.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.JwtClaims;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.EnumSet;
import java.util.Set;
import org.birge.portal.org.domain.LoginProfile;
import org.birge.portal.org.domain.Role;
import org.birge.portal.org.service.ProvisioningService;

/** Turns the validated token of the current request into the person's record and session profile. */
@ApplicationScoped
public class LoginProvisioner {

    @Inject
    private OpenIdContext openId;

    @Inject
    private ActiveUser activeUser;

    @EJB
    private ProvisioningService provisioning;

    /** Provisions the signed-in caller; false when they hold none of the portal's roles. */
    public boolean provision(HttpServletRequest request) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (request.isUserInRole(role.roleName())) {
                roles.add(role);
            }
        }
        if (roles.isEmpty() || openId.getIdentityToken() == null) {
            return false;
        }
        JwtClaims claims = openId.getIdentityToken().getJwtClaims();
        LoginProfile profile = new LoginProfile(openId.getSubject(), request.getUserPrincipal().getName(),
                claims.getStringClaim("name").orElse(null), claims.getStringClaim("email").orElse(null), roles,
                claims.getStringClaim("district").orElse(null), claims.getStringClaim("region").orElse(null));
        activeUser.signedIn(provisioning.provision(profile));
        return true;
    }
}
