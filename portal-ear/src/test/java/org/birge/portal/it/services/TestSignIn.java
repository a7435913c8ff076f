package org.birge.portal.it.services;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Test-only sign-in for the service tests: the test names a username and its roles, and the container
 * authenticates that caller for the rest of the request, so {@code @RolesAllowed} and the services' scope
 * work exactly as after a Keycloak login. It lives only in the test archive.
 */
@ApplicationScoped
public class TestSignIn implements HttpAuthenticationMechanism, IdentityStore {

    /** The password field carries the roles, separated by commas; this store trusts it. */
    private static final String ROLES_PREFIX = "roles:";

    @Inject
    private SecurityContext securityContext;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (context.isAuthenticationRequest() && context.getAuthParameters().getCredential()
                instanceof UsernamePasswordCredential credential) {
            return context.notifyContainerAboutLogin(validate(credential));
        }
        return context.doNothing();
    }

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String password = credential.getPasswordAsString();
        if (!password.startsWith(ROLES_PREFIX)) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        Set<String> roles = Set.of(password.substring(ROLES_PREFIX.length()).split(","));
        return new CredentialValidationResult(credential.getCaller(), roles);
    }

    /** Runs {@code work} in the current request as {@code username} holding {@code roles}, then signs out. */
    public <T> T as(String username, String roles, Callable<T> work) throws Exception {
        HttpServletRequest request = CurrentExchange.request();
        HttpServletResponse response = CurrentExchange.response();
        if (request.getUserPrincipal() != null) {
            // The inner sign-in would end with a sign-out, leaving the rest of the outer block anonymous.
            throw new IllegalStateException("Test sign-in of " + username + " inside that of "
                    + request.getUserPrincipal().getName() + ": sign in one after the other");
        }
        AuthenticationStatus status = securityContext.authenticate(request, response,
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username, ROLES_PREFIX + roles)));
        if (status != AuthenticationStatus.SUCCESS) {
            throw new IllegalStateException("Test sign-in of " + username + " failed: " + status);
        }
        try {
            return work.call();
        } finally {
            try {
                request.logout();
            } catch (ServletException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * Submits {@code work} to {@code executor} while signed in as {@code username} holding {@code roles}. A
     * managed executor captures the security context at submission, so the task calls the services as that
     * person on its own thread, after this request has signed out again.
     */
    public <T> Future<T> submitAs(ExecutorService executor, String username, String roles, Callable<T> work)
            throws Exception {
        return as(username, roles, () -> executor.submit(work));
    }
}
