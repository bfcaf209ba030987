package org.svtracker.web.contract;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.svtracker.domain.contract.ContractStepRefused;

/**
 * One step of a contract's lifecycle (tender, award, delivery, close), back on the contract's page.
 * A stale version (someone moved the contract on meanwhile, or a second click) or a step the status
 * no longer allows changes nothing and says so.
 */
final class LifecycleStep {

    private LifecycleStep() {}

    static String take(long contractId, RedirectAttributes redirect, String done, Runnable step) {
        try {
            step.run();
            redirect.addFlashAttribute("saved", done);
        } catch (ObjectOptimisticLockingFailureException | ContractStepRefused e) {
            redirect.addFlashAttribute("stale", true);
        }
        return "redirect:/contracts/" + contractId;
    }
}
