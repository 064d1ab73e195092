/**
 */
package org.provlens.diagram.core.view;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Node State</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What the user did to one node: only nodes the user touched have one.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.provlens.diagram.core.view.NodeState#getId <em>Id</em>}</li>
 *   <li>{@link org.provlens.diagram.core.view.NodeState#getX <em>X</em>}</li>
 *   <li>{@link org.provlens.diagram.core.view.NodeState#getY <em>Y</em>}</li>
 *   <li>{@link org.provlens.diagram.core.view.NodeState#isPinned <em>Pinned</em>}</li>
 *   <li>{@link org.provlens.diagram.core.view.NodeState#getExpansion <em>Expansion</em>}</li>
 *   <li>{@link org.provlens.diagram.core.view.NodeState#isHidden <em>Hidden</em>}</li>
 *   <li>{@link org.provlens.diagram.core.view.NodeState#getLabel <em>Label</em>}</li>
 *   <li>{@link org.provlens.diagram.core.view.NodeState#getShown <em>Shown</em>}</li>
 * </ul>
 *
 * @see org.provlens.diagram.core.view.ViewPackage#getNodeState()
 * @model
 * @generated
 */
public interface NodeState extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The node's id: its element's id, or the key of a group.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.provlens.diagram.core.view.ViewPackage#getNodeState_Id()
	 * @model required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.provlens.diagram.core.view.NodeState#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>X</b></em>' attribute.
	 * The default value is <code>"NaN"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the user moved the node, relative to its container; NaN when the layout places it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>X</em>' attribute.
	 * @see #setX(double)
	 * @see org.provlens.diagram.core.view.ViewPackage#getNodeState_X()
	 * @model default="NaN"
	 * @generated
	 */
	double getX();

	/**
	 * Sets the value of the '{@link org.provlens.diagram.core.view.NodeState#getX <em>X</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>X</em>' attribute.
	 * @see #getX()
	 * @generated
	 */
	void setX(double value);

	/**
	 * Returns the value of the '<em><b>Y</b></em>' attribute.
	 * The default value is <code>"NaN"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Y</em>' attribute.
	 * @see #setY(double)
	 * @see org.provlens.diagram.core.view.ViewPackage#getNodeState_Y()
	 * @model default="NaN"
	 * @generated
	 */
	double getY();

	/**
	 * Sets the value of the '{@link org.provlens.diagram.core.view.NodeState#getY <em>Y</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Y</em>' attribute.
	 * @see #getY()
	 * @generated
	 */
	void setY(double value);

	/**
	 * Returns the value of the '<em><b>Pinned</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether arranging the diagram again keeps the node where the user put it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pinned</em>' attribute.
	 * @see #setPinned(boolean)
	 * @see org.provlens.diagram.core.view.ViewPackage#getNodeState_Pinned()
	 * @model
	 * @generated
	 */
	boolean isPinned();

	/**
	 * Sets the value of the '{@link org.provlens.diagram.core.view.NodeState#isPinned <em>Pinned</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pinned</em>' attribute.
	 * @see #isPinned()
	 * @generated
	 */
	void setPinned(boolean value);

	/**
	 * Returns the value of the '<em><b>Expansion</b></em>' attribute.
	 * The literals are from the enumeration {@link org.provlens.diagram.core.view.Expansion}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Expansion</em>' attribute.
	 * @see org.provlens.diagram.core.view.Expansion
	 * @see #setExpansion(Expansion)
	 * @see org.provlens.diagram.core.view.ViewPackage#getNodeState_Expansion()
	 * @model
	 * @generated
	 */
	Expansion getExpansion();

	/**
	 * Sets the value of the '{@link org.provlens.diagram.core.view.NodeState#getExpansion <em>Expansion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expansion</em>' attribute.
	 * @see org.provlens.diagram.core.view.Expansion
	 * @see #getExpansion()
	 * @generated
	 */
	void setExpansion(Expansion value);

	/**
	 * Returns the value of the '<em><b>Hidden</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hidden</em>' attribute.
	 * @see #setHidden(boolean)
	 * @see org.provlens.diagram.core.view.ViewPackage#getNodeState_Hidden()
	 * @model
	 * @generated
	 */
	boolean isHidden();

	/**
	 * Sets the value of the '{@link org.provlens.diagram.core.view.NodeState#isHidden <em>Hidden</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hidden</em>' attribute.
	 * @see #isHidden()
	 * @generated
	 */
	void setHidden(boolean value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A name the user gave to a group; empty for the computed label.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.provlens.diagram.core.view.ViewPackage#getNodeState_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.provlens.diagram.core.view.NodeState#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Shown</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a group: how many members it shows when expanded; 0 for one page.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Shown</em>' attribute.
	 * @see #setShown(int)
	 * @see org.provlens.diagram.core.view.ViewPackage#getNodeState_Shown()
	 * @model
	 * @generated
	 */
	int getShown();

	/**
	 * Sets the value of the '{@link org.provlens.diagram.core.view.NodeState#getShown <em>Shown</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Shown</em>' attribute.
	 * @see #getShown()
	 * @generated
	 */
	void setShown(int value);

} // NodeState
