#include "ActivationPopup.h"

#include "FeatureMapGrid.h"
#include "graph/CardPopupPlacement.h"

#include <QLabel>
#include <QVBoxLayout>

namespace nw {

ActivationPopup::ActivationPopup(QWidget* parent)
    : QFrame(parent, Qt::ToolTip | Qt::FramelessWindowHint | Qt::WindowDoesNotAcceptFocus)
    , m_title(new QLabel(this))
    , m_grid(new FeatureMapGrid(this))
    , m_footer(new QLabel(this))
{
    setObjectName(QStringLiteral("activationPopup"));
    setAttribute(Qt::WA_ShowWithoutActivating);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setFrameShape(QFrame::Box);
    setAutoFillBackground(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_footer->setWordWrap(true);
    m_grid->setTileSize(kTileSize);
    m_grid->setMaxTiles(kMaxTiles);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_title);
    layout->addWidget(m_grid);
    layout->addWidget(m_footer);
    setFixedWidth(kWidth);
}

void ActivationPopup::setActivations(const QString& title, const Tensor& activations, const QString& footer)
{
    m_title->setText(title);
    m_grid->setActivations(activations);
    m_grid->show();
    m_footer->setText(footer);
    adjustSize();
}

void ActivationPopup::setMessage(const QString& title, const QString& message)
{
    m_title->setText(title);
    m_grid->clear();
    m_grid->hide();
    m_footer->setText(message);
    adjustSize();
}

QString ActivationPopup::title() const
{
    return m_title->text();
}

void ActivationPopup::showNear(QRect globalAnchor)
{
    adjustSize();
    showUnderCard(this, globalAnchor);
}

} // namespace nw
