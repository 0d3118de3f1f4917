#include "LayerCategory.h"

#include <QCoreApplication>

namespace nw {

QString LayerCategory::displayName() const
{
    return QCoreApplication::translate("LayerRegistry", displayNameSource);
}

const QVector<LayerCategory>& LayerCategory::all()
{
    // Muted hues that stay readable behind white text and distinct for colour-blind
    // users in the pairs that sit next to each other most (conv / pool / norm).
    static const QVector<LayerCategory> categories {
        { .key = QStringLiteral("Input"),
            .displayNameSource = QT_TRANSLATE_NOOP("LayerRegistry", "Input"),
            .color = QColor(0x2a, 0x9d, 0x8f) },
        { .key = QStringLiteral("Core"),
            .displayNameSource = QT_TRANSLATE_NOOP("LayerRegistry", "Core"),
            .color = QColor(0x3a, 0x6e, 0xc8) },
        { .key = QStringLiteral("Convolution"),
            .displayNameSource = QT_TRANSLATE_NOOP("LayerRegistry", "Convolution"),
            .color = QColor(0x8e, 0x5c, 0xc4) },
        { .key = QStringLiteral("Pooling"),
            .displayNameSource = QT_TRANSLATE_NOOP("LayerRegistry", "Pooling"),
            .color = QColor(0xc0, 0x5f, 0x95) },
        { .key = QStringLiteral("Reshape"),
            .displayNameSource = QT_TRANSLATE_NOOP("LayerRegistry", "Reshape"),
            .color = QColor(0x5d, 0x6d, 0x7e) },
        { .key = QStringLiteral("Regularization"),
            .displayNameSource = QT_TRANSLATE_NOOP("LayerRegistry", "Regularization"),
            .color = QColor(0x7f, 0x8c, 0x8d) },
        { .key = QStringLiteral("Normalization"),
            .displayNameSource = QT_TRANSLATE_NOOP("LayerRegistry", "Normalization"),
            .color = QColor(0xd9, 0x96, 0x2b) },
        { .key = QStringLiteral("Activation"),
            .displayNameSource = QT_TRANSLATE_NOOP("LayerRegistry", "Activation"),
            .color = QColor(0xe0, 0x6a, 0x4b) },
        { .key = QStringLiteral("Sequence"),
            .displayNameSource = QT_TRANSLATE_NOOP("LayerRegistry", "Sequence"),
            .color = QColor(0x1f, 0x8a, 0xa8) },
        { .key = QStringLiteral("Merge"),
            .displayNameSource = QT_TRANSLATE_NOOP("LayerRegistry", "Merge"),
            .color = QColor(0x4c, 0x9f, 0x50) },
    };
    return categories;
}

const LayerCategory* LayerCategory::find(const QString& key)
{
    for (const LayerCategory& category : all())
        if (category.key == key)
            return &category;
    return nullptr;
}

} // namespace nw
