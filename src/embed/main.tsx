import '../styles.css';
import './embed.css';

// Everything else is loaded on demand (and the decision screen lazily, as in the full
// site), so the build keeps the decision's code in chunks both pages share and the full
// site's first load stays as it was.
void import('./start');
