#pragma once
// Editors for a project's image augmentation (dataset.augmentation): one spin box
// per variation, each with the limits of AugmentationSettings and a tooltip that
// says what it does, plus "All off". Holds no settings of its own: the dataset dock
// shows the document's with setSettings() and writes edited() back to it.
#include "data/AugmentationSettings.h"

#include <QWidget>

#include <vector>

class QDoubleSpinBox;

namespace nw {

class AugmentationEditor : public QWidget {
    Q_OBJECT

public:
    explicit AugmentationEditor(QWidget* parent = nullptr);

    // Shows these settings without emitting edited().
    void setSettings(const AugmentationSettings& settings);
    AugmentationSettings settings() const;

Q_SIGNALS:
    // The person changed a value (or switched everything off).
    void edited(const nw::AugmentationSettings& settings);

private:
    void emitEdited();

    std::vector<QDoubleSpinBox*> m_spins; // in augmentationKeys() order
    bool m_showing = false;
};

} // namespace nw
