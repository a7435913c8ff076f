package org.birge.portal.training.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.birge.portal.training.domain.Certificate;

/**
 * The public addresses of certificate verification, open to anyone without signing in: {@code /verify} shows
 * the form to type a code, {@code /verify?code=...} (what the form sends) and a code typed loosely (lower
 * case, without dashes) lead to the code's own address, and {@code /verify/<code>} shows the answer. The page
 * itself is the facelet {@code /verify.xhtml}.
 */
@WebServlet(urlPatterns = "/verify/*")
public class VerifyServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** Longer than any code typed with spaces; anything longer is not worth looking up. */
    private static final int MAX_LENGTH = 40;
    private static final String PAGE = "/verify.xhtml";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String path = request.getPathInfo();
        if (path == null || path.equals("/")) {
            String typed = request.getParameter("code");
            if (typed != null && !typed.isBlank()) {
                redirect(request, response, typed.strip());
            } else {
                request.getRequestDispatcher(PAGE).forward(request, response);
            }
            return;
        }
        // The container decoded the path already.
        String code = path.substring(1).replace("/", "");
        if (code.length() > MAX_LENGTH) {
            code = code.substring(0, MAX_LENGTH);
        }
        String canonical = Certificate.normalise(code);
        if (canonical != null && !canonical.equals(code)) {
            redirect(request, response, canonical);
            return;
        }
        request.getRequestDispatcher(PAGE + "?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8))
                .forward(request, response);
    }

    /** To the code's own address, in its stored form when it can be one. */
    private static void redirect(HttpServletRequest request, HttpServletResponse response, String typed)
            throws IOException {
        String trimmed = typed.length() > MAX_LENGTH ? typed.substring(0, MAX_LENGTH) : typed;
        String code = Certificate.normalise(trimmed);
        String segment = URLEncoder.encode(code != null ? code : trimmed, StandardCharsets.UTF_8).replace("+", "%20");
        response.sendRedirect(request.getContextPath() + "/verify/" + segment);
    }
}
