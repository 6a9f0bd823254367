/** Pure functions: rotation. */
@OpgaveStyle
package nl.opgave.workshop.rotation;

import nl.opgave.model.OpgaveStyle;
