/**
 */
package org.provlens.diagram.core.description;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Grouping Description</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Collapses repeated structure: the candidates of a mapping in one container with equal key values, when there are at least threshold of them, become one group node ('batch ×10,000') that the user expands on demand, a page at a time.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.provlens.diagram.core.description.GroupingDescription#getKeys <em>Keys</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.GroupingDescription#getThreshold <em>Threshold</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.GroupingDescription#getPageSize <em>Page Size</em>}</li>
 * </ul>
 *
 * @see org.provlens.diagram.core.description.DescriptionPackage#getGroupingDescription()
 * @model
 * @generated
 */
public interface GroupingDescription extends EObject {
	/**
	 * Returns the value of the '<em><b>Keys</b></em>' reference list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.EStructuralFeature}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Attributes or single references whose values (the referenced element's id) together form the group key; the last one names the group.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Keys</em>' reference list.
	 * @see org.provlens.diagram.core.description.DescriptionPackage#getGroupingDescription_Keys()
	 * @model required="true"
	 * @generated
	 */
	EList<EStructuralFeature> getKeys();

	/**
	 * Returns the value of the '<em><b>Threshold</b></em>' attribute.
	 * The default value is <code>"8"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Threshold</em>' attribute.
	 * @see #setThreshold(int)
	 * @see org.provlens.diagram.core.description.DescriptionPackage#getGroupingDescription_Threshold()
	 * @model default="8"
	 * @generated
	 */
	int getThreshold();

	/**
	 * Sets the value of the '{@link org.provlens.diagram.core.description.GroupingDescription#getThreshold <em>Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Threshold</em>' attribute.
	 * @see #getThreshold()
	 * @generated
	 */
	void setThreshold(int value);

	/**
	 * Returns the value of the '<em><b>Page Size</b></em>' attribute.
	 * The default value is <code>"100"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Members shown when a group is expanded; a 'more' node shows the next page.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Page Size</em>' attribute.
	 * @see #setPageSize(int)
	 * @see org.provlens.diagram.core.description.DescriptionPackage#getGroupingDescription_PageSize()
	 * @model default="100"
	 * @generated
	 */
	int getPageSize();

	/**
	 * Sets the value of the '{@link org.provlens.diagram.core.description.GroupingDescription#getPageSize <em>Page Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Page Size</em>' attribute.
	 * @see #getPageSize()
	 * @generated
	 */
	void setPageSize(int value);

} // GroupingDescription
