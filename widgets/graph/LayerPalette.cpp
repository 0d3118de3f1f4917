#include "LayerPalette.h"

#include "GraphStyle.h"
#include "LayerPaletteTree.h"

#include "model/Blocks.h"
#include "model/LayerRegistry.h"

#include <QCoreApplication>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QVBoxLayout>

namespace nw {

namespace {

// A small swatch in the category's colour, the same as the card's band.
QIcon swatch(const QColor& color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawRoundedRect(QRectF(1, 1, 10, 10), 2.5, 2.5);
    return QIcon(pixmap);
}

} // namespace

LayerPalette::LayerPalette(QWidget* parent)
    : LayerPalette(LayerRegistry::instance(), parent)
{
}

LayerPalette::LayerPalette(const LayerRegistry& registry, QWidget* parent)
    : QWidget(parent)
    , m_registry(registry)
    , m_search(new QLineEdit(this))
    , m_tree(new LayerPaletteTree(this))
{
    m_search->setPlaceholderText(tr("Search layers"));
    m_search->setClearButtonEnabled(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(m_search);
    layout->addWidget(m_tree, 1);
    populate();

    connect(m_search, &QLineEdit::textChanged, this, &LayerPalette::setFilterText);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) { activate(item); });
}

void LayerPalette::populate()
{
    const GraphStyle& style = GraphStyle::instance();
    for (const QString& category : m_registry.categories()) {
        const QStringList types = m_registry.typesInCategory(category);
        if (types.isEmpty())
            continue;
        auto* group = new QTreeWidgetItem(m_tree);
        const LayerSpec* first = m_registry.spec(types.constFirst());
        group->setText(0, first ? first->categoryDisplayName() : category);
        group->setIcon(0, swatch(style.categoryColor(category)));
        group->setFlags(Qt::ItemIsEnabled);
        for (const QString& type : types) {
            const LayerSpec* spec = m_registry.spec(type);
            auto* item = new QTreeWidgetItem(group);
            item->setText(0, spec->displayName());
            item->setToolTip(0, QStringLiteral("<p>%1</p>").arg(spec->description().toHtmlEscaped()));
            item->setData(0, LayerPaletteTree::TypeRole, type);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
        }
    }
    const QStringList blocks = Blocks::names();
    if (!blocks.isEmpty()) {
        auto* group = new QTreeWidgetItem(m_tree);
        group->setText(0, tr("Blocks"));
        group->setIcon(0, swatch(style.mutedText));
        group->setFlags(Qt::ItemIsEnabled);
        for (const QString& name : blocks) {
            auto* item = new QTreeWidgetItem(group);
            item->setText(0, QCoreApplication::translate("Blocks", name.toUtf8().constData()));
            item->setToolTip(0, QStringLiteral("<p>%1</p>").arg(Blocks::description(name).toHtmlEscaped()));
            item->setData(0, LayerPaletteTree::BlockRole, name);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
        }
    }
    m_tree->expandAll();
}

void LayerPalette::setFilterText(const QString& text)
{
    if (m_search->text() != text)
        m_search->setText(text); // comes back here through textChanged
    const QString needle = text.trimmed();
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* group = m_tree->topLevelItem(i);
        const bool groupMatches = group->text(0).contains(needle, Qt::CaseInsensitive);
        int visible = 0;
        for (int j = 0; j < group->childCount(); ++j) {
            QTreeWidgetItem* item = group->child(j);
            const bool match = needle.isEmpty() || groupMatches || item->text(0).contains(needle, Qt::CaseInsensitive)
                || item->data(0, LayerPaletteTree::TypeRole).toString().contains(needle, Qt::CaseInsensitive);
            item->setHidden(!match);
            visible += match ? 1 : 0;
        }
        group->setHidden(visible == 0);
        group->setExpanded(true);
    }
}

void LayerPalette::activate(QTreeWidgetItem* item)
{
    if (!item)
        return;
    const QString type = item->data(0, LayerPaletteTree::TypeRole).toString();
    const QString block = item->data(0, LayerPaletteTree::BlockRole).toString();
    if (!type.isEmpty())
        Q_EMIT layerActivated(type);
    else if (!block.isEmpty())
        Q_EMIT blockActivated(block);
}

} // namespace nw
