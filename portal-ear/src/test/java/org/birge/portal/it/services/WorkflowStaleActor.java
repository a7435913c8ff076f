package org.birge.portal.it.services;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.birge.portal.project.domain.Task;
import org.birge.portal.project.domain.WorkflowAction;
import org.birge.portal.project.service.WorkflowService;

/**
 * An action on a task held open at a chosen point, for a deterministic interleaving: the task and its
 * project are loaded into the transaction (so the service finds them there, as they were at that moment),
 * then the action waits until the test has let someone else act, then goes on in the same transaction.
 */
@Stateless
public class WorkflowStaleActor {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @EJB
    private WorkflowService workflow;

    public WorkflowService.Outcome actAfter(long taskId, WorkflowAction action, String comment,
                                            Map<String, Integer> scores, CountDownLatch loaded,
                                            CountDownLatch resume) throws InterruptedException {
        Task task = em.find(Task.class, taskId);
        long seen = task.getVersion();
        task.getProject().currentStep();
        loaded.countDown();
        if (!resume.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the test did not resume the held action");
        }
        return workflow.act(taskId, seen, action, comment, scores);
    }
}
