package org.birge.portal.it;

import java.io.IOException;
import java.net.URL;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.htmlunit.FailingHttpStatusCodeException;
import org.htmlunit.Page;
import org.htmlunit.WebClient;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.util.WebConnectionWrapper;

/**
 * A browser without JavaScript (HtmlUnit) that signs in through the real Keycloak login page, for the
 * fast checks of logins and access. What it answers is the status and text after all redirects.
 */
public final class PortalClient implements AutoCloseable {

    private final WebClient web = new WebClient();
    private final List<String> setCookies = new CopyOnWriteArrayList<>();

    public record Response(int status, String url, String text) {

        public boolean onKeycloakLogin() {
            return url.startsWith(TestServers.keycloakUrl() + "/realms/birge/protocol/openid-connect/auth")
                    || url.startsWith(TestServers.keycloakUrl() + "/realms/birge/login-actions/");
        }
    }

    public PortalClient() {
        this(false);
    }

    /**
     * With JavaScript on, forms post the way PrimeFaces posts them in a browser (with the CSP nonce that
     * PrimeFaces checks on every postback); without it, only pages and links are used.
     */
    public PortalClient(boolean javaScript) {
        web.getOptions().setJavaScriptEnabled(javaScript);
        web.getOptions().setThrowExceptionOnScriptError(false);
        web.getOptions().setCssEnabled(false);
        web.getOptions().setThrowExceptionOnFailingStatusCode(false);
        web.getOptions().setRedirectEnabled(true);
        web.getOptions().setTimeout(30_000);
        web.addRequestHeader("Accept-Language", "ru");
        web.setWebConnection(new WebConnectionWrapper(web) {
            @Override
            public WebResponse getResponse(WebRequest request) throws IOException {
                WebResponse response = super.getResponse(request);
                if (request.getUrl().toString().startsWith(TestServers.baseUrl())) {
                    response.getResponseHeaders().stream().filter(h -> h.getName().equalsIgnoreCase("Set-Cookie"))
                            .forEach(h -> setCookies.add(h.getValue()));
                }
                return response;
            }
        });
    }

    /** Opens a path of the portal, following redirects (to Keycloak too). */
    public Response get(String path) throws IOException {
        Page page = web.getPage(TestServers.baseUrl() + path);
        return response(page);
    }

    /** Signs in as the account through the Keycloak login form and answers the page it lands on. */
    public Response login(DemoAccount account) throws IOException {
        return login(account.username(), DemoAccount.PASSWORD, "/login");
    }

    /** Opens {@code path}, which must lead to the Keycloak login form, signs in there and answers where it lands. */
    public Response login(String username, String password, String path) throws IOException {
        Page first = web.getPage(TestServers.baseUrl() + path);
        if (!(first instanceof HtmlPage loginPage) || loginPage.getElementById("kc-login") == null) {
            throw new IllegalStateException("Expected the Keycloak login form at " + first.getUrl() + " but got "
                    + first.getWebResponse().getStatusCode() + ": " + first.getWebResponse().getContentAsString());
        }
        ((HtmlInput) loginPage.getElementById("username")).setValue(username);
        ((HtmlInput) loginPage.getElementById("password")).setValue(password);
        try {
            Page landed = ((HtmlElement) loginPage.getElementById("kc-login")).click();
            return response(landed);
        } catch (FailingHttpStatusCodeException e) {
            return new Response(e.getStatusCode(), e.getResponse().getWebRequest().getUrl().toString(),
                    e.getResponse().getContentAsString());
        }
    }

    private static Response response(Page page) {
        URL url = page.getUrl();
        String text = page instanceof HtmlPage html ? html.asNormalizedText() : page.getWebResponse().getContentAsString();
        return new Response(page.getWebResponse().getStatusCode(), url.toString(), text);
    }

    /** Every Set-Cookie header the portal sent on the responses seen so far, as received. */
    public String cookieHeaders() {
        return String.join("\n", setCookies);
    }

    /** A file the portal sends: status, content type, Content-Disposition and the body as UTF-8 text. */
    public record Download(int status, String contentType, String disposition, String text) {
    }

    /** Fetches a path of the portal as a file, following redirects. */
    public Download download(String path) throws IOException {
        WebResponse response = web.getPage(TestServers.baseUrl() + path).getWebResponse();
        return new Download(response.getStatusCode(), response.getContentType(),
                response.getResponseHeaderValue("Content-Disposition"),
                response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    }

    public HtmlPage page(String path) throws IOException {
        return web.getPage(TestServers.baseUrl() + path);
    }

    @Override
    public void close() {
        web.close();
    }
}
