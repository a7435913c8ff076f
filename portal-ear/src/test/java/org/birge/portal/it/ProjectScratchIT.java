package org.birge.portal.it;

import org.junit.jupiter.api.Test;

/** TEMPORARY: steps 7 and 8 of ProjectBrowserIT on the demo project 510 (in implementation). */
class ProjectScratchIT {

    @Test
    void implementationStepsOnTheDemoPool() {
        ProjectBrowserIT story = new ProjectBrowserIT();
        try {
            story.reportProgress(510);
            story.acceptReport(510);
            story.sendFinalEvaluation(510);
            System.out.println("HISTORY " + story.approveEvaluation(510, "Крытый детский плавательный бассейн в г. Зайсан"));
        } finally {
            story.closeBrowsers();
        }
    }
}
