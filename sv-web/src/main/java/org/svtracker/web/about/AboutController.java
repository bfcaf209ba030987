package org.svtracker.web.about;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The pages every public service links from its footer. */
@Controller
class AboutController {

    @GetMapping("/accessibility")
    String accessibility() {
        return "about/accessibility";
    }

    @GetMapping("/privacy")
    String privacy() {
        return "about/privacy";
    }
}
