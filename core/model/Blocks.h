#pragma once
// The insertable patterns of the palette's "Blocks" section: small subnetworks
// students would otherwise wire by hand every time. Each is a GraphFragment whose
// `inputs` say where the block's input enters and whose `output` is the node
// whose output leaves it; InsertBlockCommand pastes it and wires it in.
// Parameters suit 28x28 images (MNIST, Fashion-MNIST) and short sequences. Stateless.
#include <QByteArray>
#include <QStringList>

namespace nw {

class Blocks {
public:
    // Untranslated keys, in palette order: "Conv-BatchNorm-ReLU", "Residual block", "MLP head",
    // "Transformer encoder block".
    static QStringList names();
    // One translated sentence for the palette's tooltip; empty for an unknown name.
    static QString description(const QString& name);
    // The fragment JSON for `name`, empty for an unknown name. `inputWidth` > 0 is
    // the width of what feeds the block: an image's channels, a sequence's
    // features. The residual and transformer blocks keep it, because the Adds at
    // their ends need the block's output to have the shape of its input (16 when
    // unknown).
    static QByteArray json(const QString& name, int inputWidth = 0);
};

} // namespace nw
