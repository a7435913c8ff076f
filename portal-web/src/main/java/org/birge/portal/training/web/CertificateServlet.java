package org.birge.portal.training.web;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.birge.portal.shared.service.AccessDeniedException;
import org.birge.portal.shared.service.NotFoundException;
import org.birge.portal.shared.web.ActiveUser;
import org.birge.portal.training.service.CertificatePdf;
import org.birge.portal.training.service.CertificateService;

/**
 * Sends a certificate as PDF, {@code /training/certificate/<id>.pdf}, in the reader's language. The service
 * decides who may read it (403); a certificate that does not exist answers 404.
 */
@WebServlet(urlPatterns = "/training/certificate/*")
public class CertificateServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private CertificateService certificates;

    @Inject
    private ActiveUser activeUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        long id;
        try {
            if (!path.startsWith("/") || !path.endsWith(".pdf")) {
                throw new NumberFormatException(path);
            }
            id = Long.parseLong(path.substring(1, path.length() - ".pdf".length()));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        CertificatePdf pdf;
        try {
            pdf = certificates.pdf(id, activeUser.getLanguage());
        } catch (AccessDeniedException | EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/pdf");
        response.setContentLength(pdf.content().length);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("Content-Disposition", "inline; filename=\"" + pdf.fileName() + "\"");
        response.getOutputStream().write(pdf.content());
    }
}
