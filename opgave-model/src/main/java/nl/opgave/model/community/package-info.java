/** The movement's community: members, organisations, bijeenkomsten, begrippenlijst, poll, chat and opgaven. */
@OpgaveStyle
package nl.opgave.model.community;

import nl.opgave.model.OpgaveStyle;
