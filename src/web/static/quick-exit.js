// Quick exit: leave for a neutral site and replace this page in the history (Back does not return here).
// The link works without this script; with it, Esc pressed twice within a second also leaves.
(() => {
  const link = document.getElementById('quick-exit');
  if (!link) return;
  const leave = (event) => {
    if (event) event.preventDefault();
    document.body.style.display = 'none';
    window.location.replace(link.href);
  };
  link.addEventListener('click', leave);
  let lastEsc = 0;
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    const now = Date.now();
    if (now - lastEsc < 1000) leave(event);
    lastEsc = now;
  });
})();
