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
import java.util.ArrayList;
import java.util.List;
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
        HttpServletRequest request = requireSignedOut(username);
        signIn(request, username, roles);
        try {
            return work.call();
        } finally {
            signOut(request);
        }
    }

    /** One piece of work for another thread, and who does it. */
    public record Task<T>(String username, String roles, Callable<T> work) {
    }

    /** What the test does while the tasks run; it must wait for them. */
    @FunctionalInterface
    public interface Awaiting<T, R> {
        R await(List<Future<T>> futures) throws Exception;
    }

    /**
     * Submits each task to {@code executor} signed in as its person, so that each runs on its own thread as
     * that person: a managed executor captures the caller's security context at submission. The caller is
     * signed in anew for each task without signing out in between, and signs out only after {@code awaiting}
     * returns, because a sign-out clears the identity that a task not yet finished carries. Tasks still
     * running then are cancelled.
     */
    public <T, R> R submitEach(ExecutorService executor, List<Task<T>> tasks, Awaiting<T, R> awaiting)
            throws Exception {
        HttpServletRequest request = requireSignedOut(tasks.isEmpty() ? "nobody" : tasks.get(0).username());
        List<Future<T>> futures = new ArrayList<>();
        try {
            for (Task<T> task : tasks) {
                signIn(request, task.username(), task.roles());
                futures.add(executor.submit(task.work()));
            }
            return awaiting.await(futures);
        } finally {
            futures.forEach(future -> future.cancel(true));
            signOut(request);
        }
    }

    private static HttpServletRequest requireSignedOut(String username) {
        HttpServletRequest request = CurrentExchange.request();
        if (request.getUserPrincipal() != null) {
            // The inner sign-in would end with a sign-out, leaving the rest of the outer block anonymous.
            throw new IllegalStateException("Test sign-in of " + username + " inside that of "
                    + request.getUserPrincipal().getName() + ": sign in one after the other");
        }
        return request;
    }

    private void signIn(HttpServletRequest request, String username, String roles) {
        AuthenticationStatus status = securityContext.authenticate(request, CurrentExchange.response(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username, ROLES_PREFIX + roles)));
        if (status != AuthenticationStatus.SUCCESS) {
            throw new IllegalStateException("Test sign-in of " + username + " failed: " + status);
        }
    }

    private static void signOut(HttpServletRequest request) {
        try {
            request.logout();
        } catch (ServletException e) {
            throw new IllegalStateException(e);
        }
    }
}
