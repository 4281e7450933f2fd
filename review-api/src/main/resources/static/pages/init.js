// Pages work without this script; with it, GOV.UK Frontend's components add their behaviour (skip link, menu, error summary focus).
import { initAll } from '/webjars/govuk-frontend/5.10.2/dist/govuk/govuk-frontend.min.js'

document.body.classList.add('js-enabled', 'govuk-frontend-supported')
initAll()
