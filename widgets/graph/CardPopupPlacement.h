#pragma once
// Where a popup about a node card goes: just under the card (GraphScene::
// nodeCardOnScreen()), above it when there is no room below, kept on the screen.
// Shared by the neuron-fields and activation popups, so both sit the same way.
#include <QRect>

class QWidget;

namespace nw {

// Moves, shows and raises `popup` (already at its final size) next to `card`.
void showUnderCard(QWidget* popup, QRect card);

} // namespace nw
