package shop.atelier.platform.internal.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The staff start page: the back-office areas of the modules. */
@Controller
class StaffHomeController {

    @GetMapping("/staff")
    String staffHome() {
        return "platform/staff-home";
    }
}
