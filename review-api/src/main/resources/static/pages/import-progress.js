// The import page's progress bar: asks how far the import has got every second and shows the answer when it is done.
// Without this script the page says how far it had got when shown, with a link to refresh it.
const section = document.getElementById('import-progress')
if (section) {
  const bar = document.getElementById('import-progress-bar')
  const text = document.getElementById('import-progress-text')
  const poll = async () => {
    try {
      const response = await fetch(section.dataset.progress, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      if (response.ok) {
        const progress = await response.json()
        bar.value = progress.done
        bar.textContent = `${progress.done} of ${progress.rows}`
        text.textContent = `${progress.done} of ${progress.rows} rows done`
        if (progress.finished) {
          window.location.reload()
          return
        }
      }
    } catch (e) {
      // the next poll tries again
    }
    setTimeout(poll, 1000)
  }
  setTimeout(poll, 1000)
}
