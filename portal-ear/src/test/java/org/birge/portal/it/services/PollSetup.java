package org.birge.portal.it.services;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.birge.portal.feedback.domain.Poll;
import org.birge.portal.feedback.domain.PollStatus;
import org.birge.portal.project.domain.Project;

/** What the poll tests read and change directly in the database, beside the services. */
@Stateless
public class PollSetup {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /** The votes stored for a poll: "voter=optionId" each, sorted. */
    public List<String> votes(long pollId) {
        return em.createQuery("select v.voterUsername, v.optionId from PollVote v where v.pollId = :p"
                        + " order by v.voterUsername, v.id", Object[].class).setParameter("p", pollId).getResultList()
                .stream().map(r -> r[0] + "=" + r[1]).toList();
    }

    /** Moves a poll's days, as time passing would. */
    public void moveDays(long pollId, LocalDate opensOn, LocalDate closesOn) {
        em.createQuery("update Poll p set p.opensOn = :o, p.closesOn = :c where p.id = :id")
                .setParameter("o", opensOn).setParameter("c", closesOn).setParameter("id", pollId).executeUpdate();
    }

    public PollStatus storedStatus(long pollId) {
        Poll poll = em.find(Poll.class, pollId);
        em.refresh(poll);
        return poll.getStatus();
    }

    /** The poll and option a project keeps as its evidence, or nulls. */
    public Long[] pollOf(long projectId) {
        Project project = em.find(Project.class, projectId);
        em.refresh(project);
        return new Long[] {project.getPollId(), project.getPollOptionId()};
    }

    /** How many projects came from a poll. */
    public long projectsFrom(long pollId) {
        return em.createQuery("select count(p) from Project p where p.pollId = :p", Long.class)
                .setParameter("p", pollId).getSingleResult();
    }

    /** How many audit rows of {@code action} the poll has. */
    public long audited(long pollId, String action) {
        return em.createQuery("select count(a) from AuditRecord a where a.subjectType = 'poll' and a.subjectId = :id"
                + " and a.action = :action", Long.class).setParameter("id", pollId).setParameter("action", action)
                .getSingleResult();
    }
}
