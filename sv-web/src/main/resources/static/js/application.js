// GOV.UK Frontend's components (error summary focus, double-click prevention, menus). Pages work without it.
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js'

initAll()
