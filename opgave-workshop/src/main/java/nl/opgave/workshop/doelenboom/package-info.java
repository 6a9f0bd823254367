/** Pure functions: doelenboom. */
@OpgaveStyle
package nl.opgave.workshop.doelenboom;

import nl.opgave.model.OpgaveStyle;
