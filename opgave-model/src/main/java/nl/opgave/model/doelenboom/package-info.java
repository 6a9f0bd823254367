/** Doelenbomen (goal trees) and Groene Cirkels with their projects and steps. */
@OpgaveStyle
package nl.opgave.model.doelenboom;

import nl.opgave.model.OpgaveStyle;
