#include "AugmentationEditor.h"

#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>

#include <cstring>

namespace nw {

namespace {

struct KeyText {
    const char* key;
    const char* label;
    const char* tooltip;
};

// The words for each key of augmentationKeys(), in its order.
const KeyText kTexts[] = {
    { "hflip", QT_TRANSLATE_NOOP("AugmentationEditor", "Mirror left-right:"),
        QT_TRANSLATE_NOOP("AugmentationEditor", "Probability that an image is mirrored left to right.") },
    { "vflip", QT_TRANSLATE_NOOP("AugmentationEditor", "Mirror upside down:"),
        QT_TRANSLATE_NOOP("AugmentationEditor", "Probability that an image is turned upside down (a mirror image).") },
    { "rotate", QT_TRANSLATE_NOOP("AugmentationEditor", "Rotate up to:"),
        QT_TRANSLATE_NOOP("AugmentationEditor", "Largest rotation in degrees, either way, about the centre.") },
    { "shift", QT_TRANSLATE_NOOP("AugmentationEditor", "Shift up to:"),
        QT_TRANSLATE_NOOP("AugmentationEditor", "Largest shift as a share of the width and of the height.") },
    { "scale", QT_TRANSLATE_NOOP("AugmentationEditor", "Zoom up to:"),
        QT_TRANSLATE_NOOP("AugmentationEditor", "The zoom factor lies between 1 minus and 1 plus this value.") },
    { "crop", QT_TRANSLATE_NOOP("AugmentationEditor", "Crop away up to:"),
        QT_TRANSLATE_NOOP("AugmentationEditor",
            "Random-resized crop: a box keeping at least 1 minus this share of the area, stretched to the full "
            "size.") },
    { "brightness", QT_TRANSLATE_NOOP("AugmentationEditor", "Brightness ±:"),
        QT_TRANSLATE_NOOP(
            "AugmentationEditor", "Largest value added to every pixel, either way (pixels run from 0 to 1).") },
    { "contrast", QT_TRANSLATE_NOOP("AugmentationEditor", "Contrast ±:"),
        QT_TRANSLATE_NOOP("AugmentationEditor",
            "The distance of every pixel from the image's mean is multiplied by 1 minus to 1 plus this value.") },
    { "noise", QT_TRANSLATE_NOOP("AugmentationEditor", "Noise (std):"),
        QT_TRANSLATE_NOOP("AugmentationEditor", "Standard deviation of Gaussian noise added to every pixel.") },
    { "cutout", QT_TRANSLATE_NOOP("AugmentationEditor", "Cutout size:"),
        QT_TRANSLATE_NOOP("AugmentationEditor", "One patch of this share of the width and height is set to black.") },
};

QString translated(const char* text)
{
    return QCoreApplication::translate("AugmentationEditor", text);
}

} // namespace

AugmentationEditor::AugmentationEditor(QWidget* parent)
    : QWidget(parent)
{
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    const auto& keys = augmentationKeys();
    static_assert(std::size(kTexts) == 10);
    for (std::size_t i = 0; i < keys.size(); ++i) {
        const KeyText& text = kTexts[i];
        Q_ASSERT(std::strcmp(text.key, keys[i].key) == 0);
        auto* spin = new QDoubleSpinBox(this);
        spin->setObjectName(QLatin1String(keys[i].key));
        const bool degrees = std::strcmp(keys[i].key, "rotate") == 0;
        spin->setRange(0.0, keys[i].max);
        spin->setDecimals(degrees ? 1 : 3);
        spin->setSingleStep(degrees ? 5.0 : 0.05);
        if (degrees)
            spin->setSuffix(tr("°"));
        spin->setKeyboardTracking(false);
        spin->setToolTip(translated(text.tooltip));
        spin->setSpecialValueText(tr("off"));
        auto* label = new QLabel(translated(text.label), this);
        label->setBuddy(spin);
        label->setToolTip(spin->toolTip());
        // Two columns of label and editor keep the dock narrow.
        const int row = static_cast<int>(i / 2), column = static_cast<int>(i % 2) * 2;
        grid->addWidget(label, row, column);
        grid->addWidget(spin, row, column + 1);
        connect(spin, &QDoubleSpinBox::valueChanged, this, &AugmentationEditor::emitEdited);
        m_spins.push_back(spin);
    }
    auto* off = new QPushButton(tr("All off"), this);
    off->setObjectName(QStringLiteral("augmentationOff"));
    off->setToolTip(tr("Train on the images exactly as they are."));
    grid->addWidget(off, static_cast<int>((keys.size() + 1) / 2), 3, Qt::AlignRight);
    connect(off, &QPushButton::clicked, this, [this] {
        if (!settings().isActive())
            return;
        setSettings({});
        Q_EMIT edited(settings());
    });
}

void AugmentationEditor::setSettings(const AugmentationSettings& settings)
{
    m_showing = true;
    const auto& keys = augmentationKeys();
    for (std::size_t i = 0; i < keys.size(); ++i)
        m_spins[i]->setValue(settings.*keys[i].value);
    m_showing = false;
}

AugmentationSettings AugmentationEditor::settings() const
{
    AugmentationSettings s;
    const auto& keys = augmentationKeys();
    for (std::size_t i = 0; i < keys.size(); ++i)
        s.*keys[i].value = m_spins[i]->value();
    return s;
}

void AugmentationEditor::emitEdited()
{
    if (!m_showing)
        Q_EMIT edited(settings());
}

} // namespace nw
