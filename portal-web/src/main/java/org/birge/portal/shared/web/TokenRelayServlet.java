package org.birge.portal.shared.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The token endpoint the OpenID Connect mechanism is configured with: it passes the mechanism's token
 * request on to Keycloak's real token endpoint unchanged, adding the PKCE {@code code_verifier} of the
 * sign-in the code belongs to. It answers only the server itself (loopback); the client secret is the
 * mechanism's, nothing is added from here but the verifier.
 */
@WebServlet("/oidc/token")
public class TokenRelayServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Inject
    private OidcSettings settings;

    @Inject
    private PkceRelay relay;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        StringJoiner form = new StringJoiner("&");
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            for (String value : parameter.getValue()) {
                form.add(encode(parameter.getKey()) + "=" + encode(value));
            }
        }
        if ("authorization_code".equals(request.getParameter("grant_type"))) {
            String verifier = relay.take(request.getParameter("code"));
            if (verifier != null) {
                form.add("code_verifier=" + encode(verifier));
            }
        }
        HttpRequest upstream = HttpRequest.newBuilder(URI.create(settings.getProviderTokenEndpoint()))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString()))
                .build();
        HttpResponse<byte[]> answer;
        try {
            answer = CLIENT.send(upstream, HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        response.setStatus(answer.statusCode());
        response.setHeader("Cache-Control", "no-store");
        answer.headers().firstValue("Content-Type").ifPresent(response::setContentType);
        response.getOutputStream().write(answer.body());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
