package org.birge.portal.training.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.birge.portal.audit.service.AuditService;
import org.birge.portal.notify.service.NotificationService;
import org.birge.portal.org.domain.Role;
import org.birge.portal.shared.domain.Language;
import org.birge.portal.shared.service.AccessDeniedException;
import org.birge.portal.shared.service.Caller;
import org.birge.portal.shared.service.NotFoundException;
import org.birge.portal.shared.service.Page;
import org.birge.portal.shared.service.PageRequest;
import org.birge.portal.shared.service.Versions;
import org.birge.portal.training.domain.Certificate;
import org.birge.portal.training.domain.Enrolment;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Certificates of completed courses: the trainee's own list, the certificate as a PDF with a QR code of its
 * public verification page, the verification anyone can do without signing in, and revocation of a
 * certificate issued in error (never deletion, so that its code then answers "revoked").
 */
@Stateless
public class CertificateService {

    private static final String SUBJECT = "certificate";
    private static final ZoneId KAZAKHSTAN = ZoneId.of("Asia/Almaty");
    private static final Map<String, String> SORT = Map.of("issuedOn", "c.issuedOn", "course", "c.courseTitle",
            "code", "c.courseCode");

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private AuditService audit;

    @Inject
    private NotificationService notifications;

    @Resource
    private SessionContext context;

    /** The portal's public address, for the verification link printed on certificates. */
    @Inject
    @ConfigProperty(name = "portal.base-url", defaultValue = "http://localhost:8080")
    private String baseUrl;

    /** The caller's own certificates, newest first. */
    @RolesAllowed({Role.MAYOR_NAME, Role.GOVERNOR_NAME, Role.PROJECT_MANAGER_NAME, Role.TRAINER_NAME,
            Role.ADMIN_NAME})
    public Page<CertificateRow> mine(PageRequest page) {
        String where = " from Certificate c where c.traineeUsername = :me";
        List<CertificateRow> rows = em.createQuery("select new org.birge.portal.training.service.CertificateRow(c.id,"
                        + " c.version, c.code, c.courseCode, c.courseTitle, c.hours, c.firstDay, c.lastDay, c.issuedOn,"
                        + " c.revokedAt)" + where + (page.sortField() == null ? " order by c.issuedOn desc, c.id desc"
                        : page.orderBy(SORT, "c.issuedOn", "c.id")), CertificateRow.class)
                .setParameter("me", caller.username())
                .setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
        long total = em.createQuery("select count(c)" + where, Long.class)
                .setParameter("me", caller.username()).getSingleResult();
        return new Page<>(rows, total);
    }

    /**
     * The certificate as a PDF in {@code language}: for the trainee, those who run the training and the
     * governor of the trainee's region; anyone else, another mayor included, is refused.
     */
    @RolesAllowed({Role.MAYOR_NAME, Role.GOVERNOR_NAME, Role.PROJECT_MANAGER_NAME, Role.TRAINER_NAME,
            Role.ADMIN_NAME})
    public CertificatePdf pdf(long certificateId, Language language) {
        Certificate certificate = readable(certificateId);
        byte[] content = CertificateDocument.render(certificate, verificationUrl(certificate.getCode()),
                language == null ? Language.RU : language);
        return new CertificatePdf("certificate-" + certificate.getCode() + ".pdf", content);
    }

    /** The address a certificate's QR code points to: the public verification page of its code. */
    @PermitAll
    public String verificationUrl(String code) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + "/verify/" + code;
    }

    /**
     * Checks a code as someone typed or scanned it, without signing in: valid with what it certifies, revoked
     * with the day, or unknown (a code that cannot be one included).
     */
    @PermitAll
    public Verification verify(String typed) {
        String code = Certificate.normalise(typed);
        if (code == null) {
            return Verification.unknown(typed == null ? "" : typed.strip());
        }
        return em.createNamedQuery("Certificate.byCode", Certificate.class).setParameter("code", code)
                .getResultStream().findFirst()
                .map(c -> new Verification(c.isValid() ? Verification.Outcome.VALID : Verification.Outcome.REVOKED,
                        c.getCode(), c.getTraineeName(), c.getCourseCode(), c.getCourseTitle(), c.getFirstDay(),
                        c.getLastDay(), c.getHours(), c.getIssuedOn(),
                        c.getRevokedAt() == null ? null : c.getRevokedAt().atZone(KAZAKHSTAN).toLocalDate()))
                .orElseGet(() -> Verification.unknown(code));
    }

    /**
     * Revokes a certificate issued in error, with the reason: one of the session's trainers or an
     * administrator. Audited; the trainee is told.
     */
    @RolesAllowed({Role.TRAINER_NAME, Role.ADMIN_NAME})
    public CertificateRow revoke(long certificateId, long seenVersion, String reason) {
        Certificate certificate = Versions.atVersion(em, audit::lastActorOf, Certificate.class, certificateId,
                seenVersion, SUBJECT);
        if (!context.isCallerInRole(Role.ADMIN_NAME)) {
            Enrolment enrolment = em.find(Enrolment.class, certificate.getEnrolmentId());
            if (enrolment == null || !enrolment.getSession().isTrainer(caller.username())) {
                throw new AccessDeniedException();
            }
        }
        certificate.revoke(reason, Instant.now());
        Versions.flush(em, audit::lastActorOf, SUBJECT, certificateId);
        audit.record("training.certificate.revoked", SUBJECT, certificateId, "valid, code=" + certificate.getCode(),
                "revoked", certificate.getRevokeReason());
        notifications.notify(List.of(certificate.getTraineeUsername()), "training.certificate.revoked",
                "notify.training.certificateRevoked", List.of(certificate.getCourseTitle(), certificate.getCode()),
                "/verify.xhtml?code=" + certificate.getCode());
        return row(certificate);
    }

    private Certificate readable(long certificateId) {
        Certificate certificate = em.find(Certificate.class, certificateId);
        if (certificate == null) {
            throw new NotFoundException();
        }
        if (caller.username().equals(certificate.getTraineeUsername()) || TrainingAccess.runsTraining(context)) {
            return certificate;
        }
        Enrolment enrolment = em.find(Enrolment.class, certificate.getEnrolmentId());
        if (enrolment == null) {
            throw new AccessDeniedException();
        }
        TrainingAccess.requireReadable(caller, context, enrolment.getTrainee().getUsername(),
                enrolment.getTrainee().getRegionId());
        return certificate;
    }

    private static CertificateRow row(Certificate c) {
        return new CertificateRow(c.getId(), c.getVersion(), c.getCode(), c.getCourseCode(), c.getCourseTitle(),
                c.getHours(), c.getFirstDay(), c.getLastDay(), c.getIssuedOn(), c.getRevokedAt());
    }
}
