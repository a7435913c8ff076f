package org.birge.portal.training.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.birge.portal.training.service.CertificateService;
import org.birge.portal.training.service.Verification;

/**
 * The public verification page: the answer for the code of its address, if any, and the form to check
 * another one. Nothing but what the certificate states is shown.
 */
@Named
@RequestScoped
public class VerifyBacking {

    @EJB
    private CertificateService certificates;

    private String code;
    private Verification verification;

    public void load() {
        code = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("code");
        if (code != null && !code.isBlank()) {
            verification = certificates.verify(code);
        }
    }

    public String getCode() {
        return code;
    }

    public Verification getVerification() {
        return verification;
    }
}
